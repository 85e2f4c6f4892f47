# SPDX-License-Identifier: GPL-3.0-or-later
# Install-time half of deploy.cmake: copies every DLL the installed executables and plugins import
# into the bin folder. Windows' own DLLs are left out (they are found nowhere in DESK_DLL_DIRS, or
# under system32 on a Windows host); a non-system DLL that cannot be found fails the install, so
# a package never lacks one.
# Runs inside cmake_install.cmake, which sets no policies: use the project's.
cmake_policy(PUSH)
cmake_policy(VERSION 3.25)
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
# Windows matches DLL names without regard to case and CMake reports imports in lower case
# ("qt6core.dll"); a Linux file system does not, so what it leaves unresolved is looked up here
# by lower-case name and scanned in turn, until nothing new turns up.
set(dll_names "")
set(dll_paths "")
foreach(dir IN LISTS DESK_DLL_DIRS)
  file(GLOB dlls "${dir}/*.dll")
  foreach(dll IN LISTS dlls)
    get_filename_component(name "${dll}" NAME)
    string(TOLOWER "${name}" name)
    if(NOT name IN_LIST dll_names)
      list(APPEND dll_names "${name}")
      list(APPEND dll_paths "${dll}")
    endif()
  endforeach()
endforeach()
set(found_by_name "")
while(TRUE)
  file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${executables}
    MODULES ${modules}
    LIBRARIES ${found_by_name}
    DIRECTORIES ${DESK_DLL_DIRS}
    PRE_EXCLUDE_REGEXES "^[Aa][Pp][Ii]-[Mm][Ss]-" "^[Ee][Xx][Tt]-[Mm][Ss]-"
    POST_EXCLUDE_REGEXES "[Ss][Yy][Ss][Tt][Ee][Mm]32"
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved)
  set(more "")
  set(system "")
  foreach(name IN LISTS unresolved)
    string(TOLOWER "${name}" lower)
    list(FIND dll_names "${lower}" at)
    if(at GREATER_EQUAL 0)
      list(GET dll_paths ${at} path)
      if(NOT path IN_LIST found_by_name)
        list(APPEND more "${path}")
      endif()
    else()
      list(APPEND system "${name}")
    endif()
  endforeach()
  if(NOT more)
    break()
  endif()
  list(APPEND found_by_name ${more})
endwhile()
foreach(dll IN LISTS resolved found_by_name)
  file(INSTALL "${dll}" DESTINATION "${DESK_BIN}")
  # `cmake --install --strip` and CPack strip the project's executables; the MinGW runtime and
  # the dependencies' DLLs carry debug sections too (libstdc++ 24 MB of 1.5 MB code).
  get_filename_component(name "${dll}" NAME)
  if(CMAKE_INSTALL_DO_STRIP AND DESK_STRIP)
    execute_process(COMMAND "${DESK_STRIP}" --strip-unneeded "${DESK_BIN}/${name}")
  endif()
endforeach()
if(CMAKE_INSTALL_DO_STRIP AND DESK_STRIP)
  foreach(plugin IN LISTS DESK_PLUGINS)
    execute_process(COMMAND "${DESK_STRIP}" --strip-unneeded "${DESK_BIN}/${plugin}")
  endforeach()
endif()
# What stays unresolved must be Windows' own; anything named like a library we build or ship is a
# missing file.
foreach(name IN LISTS system)
  if(name MATCHES "^([Qq][Tt]6|lib|sqlite|zlib)")
    message(FATAL_ERROR "Windows deploy: ${name} is imported but not found in ${DESK_DLL_DIRS}")
  endif()
endforeach()
list(LENGTH resolved count)
list(LENGTH found_by_name more_count)
math(EXPR count "${count} + ${more_count}")
list(REMOVE_DUPLICATES system)
message(STATUS "Windows deploy: ${count} DLLs beside the executables; from Windows: ${system}")
cmake_policy(POP)
