# SPDX-License-Identifier: GPL-3.0-or-later
# Puts what the Windows executables need beside them at install time (windeployqt's layout; a
# cross build has no windeployqt): the Qt plugins the desk uses under bin/<kind>/, then every DLL
# the executables and those plugins import, found by reading their import tables
# (file(GET_RUNTIME_DEPENDENCIES); objdump for a cross build). Used by `cmake --install` and so by
# CPack's installer and zip.
set(DESK_DEPLOYED_EXECUTABLES advisory-desk advisory-desk-cli)

# Plugins: <folder>/<name>; the ones marked required fail the install when missing.
set(DESK_QT_PLUGINS
  platforms/qwindows:required
  platforms/qoffscreen  # `advisory-desk --screenshot` and headless checks
  styles/qwindowsvistastyle:required
  sqldrivers/qsqlite:required
  sqldrivers/qsqlpsql  # team mode, when Qt was built with the PostgreSQL driver
  tls/qschannelbackend:required
  tls/qcertonlybackend
  imageformats/qico imageformats/qjpeg imageformats/qgif)

set(desk_qt_plugin_dir "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}")
set(DESK_DEPLOYED_PLUGINS "")
foreach(entry IN LISTS DESK_QT_PLUGINS)
  string(REPLACE ":" ";" entry "${entry}")
  list(GET entry 0 plugin)
  get_filename_component(kind "${plugin}" DIRECTORY)
  get_filename_component(name "${plugin}" NAME)
  # Release builds name it qwindows.dll, MSVC debug builds qwindowsd.dll.
  file(GLOB found "${desk_qt_plugin_dir}/${kind}/${name}.dll" "${desk_qt_plugin_dir}/${kind}/${name}d.dll")
  if(NOT found)
    if(entry MATCHES "required")
      message(FATAL_ERROR "Windows deploy: Qt plugin ${plugin} not found in ${desk_qt_plugin_dir}")
    endif()
    continue()
  endif()
  list(GET found 0 found)
  install(FILES "${found}" DESTINATION ${CMAKE_INSTALL_BINDIR}/${kind})
  get_filename_component(file_name "${found}" NAME)
  list(APPEND DESK_DEPLOYED_PLUGINS "${kind}/${file_name}")
endforeach()

# Where imported DLLs are looked for: Qt's, QtKeychain's and the other dependencies' bin folders,
# and for MinGW its runtime (libstdc++, libgcc_s_seh, libwinpthread from the posix toolchain).
set(desk_dll_dirs "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
foreach(root IN LISTS CMAKE_FIND_ROOT_PATH CMAKE_PREFIX_PATH)
  list(APPEND desk_dll_dirs "${root}/bin" "${root}/lib")
endforeach()
get_target_property(desk_keychain_dll Qt6Keychain::Qt6Keychain IMPORTED_LOCATION_RELEASE)
if(desk_keychain_dll)
  get_filename_component(desk_keychain_dir "${desk_keychain_dll}" DIRECTORY)
  list(APPEND desk_dll_dirs "${desk_keychain_dir}")
endif()
if(MINGW)
  foreach(runtime libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${runtime}
      OUTPUT_VARIABLE runtime_path OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(IS_ABSOLUTE "${runtime_path}")
      get_filename_component(runtime_dir "${runtime_path}" DIRECTORY)
      list(APPEND desk_dll_dirs "${runtime_dir}")
    endif()
  endforeach()
endif()
list(REMOVE_DUPLICATES desk_dll_dirs)

# A cross build reads the import tables with MinGW's objdump; on Windows CMake uses its own tool.
set(desk_objdump "")
if(CMAKE_CROSSCOMPILING)
  find_program(DESK_MINGW_OBJDUMP NAMES ${DESK_MINGW_TRIPLET}-objdump objdump REQUIRED)
  set(desk_objdump "${DESK_MINGW_OBJDUMP}")
endif()

install(CODE "
  set(DESK_BIN \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
  set(DESK_EXECUTABLES \"$<TARGET_FILE_NAME:advisory-desk>;$<TARGET_FILE_NAME:advisory-desk-cli>\")
  set(DESK_PLUGINS \"${DESK_DEPLOYED_PLUGINS}\")
  set(DESK_DLL_DIRS \"${desk_dll_dirs}\")
  set(DESK_OBJDUMP \"${desk_objdump}\")
  set(DESK_STRIP \"${CMAKE_STRIP}\")
  include(\"${CMAKE_CURRENT_LIST_DIR}/deploy-runtime.cmake\")
")
