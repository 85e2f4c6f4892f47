# SPDX-License-Identifier: GPL-3.0-or-later
# tst_keychain talks to a real Secret Service: the wrapper starts a private D-Bus session with
# an unlocked throw-away gnome-keyring. Without one the test fails (it never skips).
desk_add_test(keychain LIBS desk_secrets LABELS integration TIMEOUT 60
  WRAPPER ${CMAKE_SOURCE_DIR}/tools/with-keyring.sh)
desk_add_test(tokencipher LIBS desk_secrets desk_i18n)
# Real files in a temporary folder; the concurrency case starts copies of itself as writers.
# Unix only: it checks file modes (the store is for a headless Linux service).
if(UNIX)
  desk_add_test(filesecretstore LIBS desk_secrets desk_core desk_i18n TIMEOUT 120)
endif()
