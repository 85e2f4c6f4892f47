# SPDX-License-Identifier: GPL-3.0-or-later
# Read by cpack once per generator: the installer and the portable zip get their own names.
if(CPACK_GENERATOR MATCHES "NSIS")
  set(CPACK_PACKAGE_FILE_NAME "${CPACK_DESK_FILE_STEM}-setup")
elseif(CPACK_GENERATOR STREQUAL "ZIP")
  set(CPACK_PACKAGE_FILE_NAME "${CPACK_DESK_FILE_STEM}-portable")
  set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY ON)
endif()
