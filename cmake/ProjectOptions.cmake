# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries warnings and Qt hygiene defines for every project target.
add_library(desk_options INTERFACE)
target_compile_definitions(desk_options INTERFACE
  QT_NO_CAST_TO_ASCII
  QT_RESTRICTED_CAST_FROM_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(MSVC)
  target_compile_options(desk_options INTERFACE /W4 /permissive- /utf-8)
else()
  target_compile_options(desk_options INTERFACE -Wall -Wextra -Wpedantic)
endif()
target_include_directories(desk_options INTERFACE ${PROJECT_SOURCE_DIR}/src)
target_compile_definitions(desk_options INTERFACE ADVISORY_DESK_VERSION="${PROJECT_VERSION}")

# desk_add_library(<name> SOURCES ... LIBS ...): a static module library linked to desk_options.
function(desk_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_link_libraries(${name} PUBLIC desk_options ${ARG_LIBS})
endfunction()
