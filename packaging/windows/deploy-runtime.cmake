# SPDX-License-Identifier: GPL-3.0-or-later
# Install-time half of deploy.cmake: copies every DLL the installed executables and plugins import
# into the bin folder. Windows' own DLLs are left out (they are found nowhere in DESK_DLL_DIRS, or
# under system32 on a Windows host); a non-system DLL that cannot be found fails the install, so
# a package never lacks one.
if(DESK_OBJDUMP)
  set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM "windows+pe")
  set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL "objdump")
  set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND "${DESK_OBJDUMP}")
endif()
set(executables "")
foreach(exe IN LISTS DESK_EXECUTABLES)
  list(APPEND executables "${DESK_BIN}/${exe}")
endforeach()
set(modules "")
foreach(plugin IN LISTS DESK_PLUGINS)
  list(APPEND modules "${DESK_BIN}/${plugin}")
endforeach()
file(GET_RUNTIME_DEPENDENCIES
  EXECUTABLES ${executables}
  MODULES ${modules}
  DIRECTORIES ${DESK_DLL_DIRS}
  PRE_EXCLUDE_REGEXES "^[Aa][Pp][Ii]-[Mm][Ss]-" "^[Ee][Xx][Tt]-[Mm][Ss]-"
  POST_EXCLUDE_REGEXES "[Ss][Yy][Ss][Tt][Ee][Mm]32"
  RESOLVED_DEPENDENCIES_VAR resolved
  UNRESOLVED_DEPENDENCIES_VAR unresolved
  CONFLICTING_DEPENDENCIES_PREFIX conflicting)
foreach(dll IN LISTS resolved)
  file(INSTALL "${dll}" DESTINATION "${DESK_BIN}")
endforeach()
# What stays unresolved must be Windows' own; anything named like a library we build or ship is a
# missing file.
foreach(name IN LISTS unresolved)
  if(name MATCHES "^(Qt6|qt6|lib|sqlite|zlib|libcrypto|libssl|libpq)")
    message(FATAL_ERROR "Windows deploy: ${name} is imported but not found in ${DESK_DLL_DIRS}")
  endif()
endforeach()
list(LENGTH resolved count)
message(STATUS "Windows deploy: ${count} DLLs beside the executables; system DLLs: ${unresolved}")
