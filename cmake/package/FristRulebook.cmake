# frist_add_rulebook(NAME RULEBOOK <file or folder> [PREFIX <symbol prefix>] [DEBUG])
#
# Compiles a rulebook ahead of time with `frist build` when any of its
# .frist files changes, and makes
#   NAME         a static library of the compiled rulebook (NAME.o), whose
#                users see the generated header as <NAME.h> and frist/frist.h
#   NAME_LIBRARY a variable: the path of the shared library libNAME.so, for
#                programs that load the rulebook at run time
# Entry points are `<PREFIX>evaluate` and so on; PREFIX defaults to NAME_.
function(frist_add_rulebook name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "DEBUG" "RULEBOOK;PREFIX" "")
  if(NOT ARG_RULEBOOK)
    message(FATAL_ERROR "frist_add_rulebook(${name}): RULEBOOK is required")
  endif()
  get_filename_component(rulebook "${ARG_RULEBOOK}" ABSOLUTE)
  if(IS_DIRECTORY "${rulebook}")
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS "${rulebook}/*.frist")
  else()
    set(sources "${rulebook}")
  endif()
  set(dir "${CMAKE_CURRENT_BINARY_DIR}/frist-rulebooks/${name}")
  set(options)
  if(ARG_PREFIX)
    list(APPEND options --prefix ${ARG_PREFIX})
  endif()
  if(ARG_DEBUG)
    list(APPEND options --debug)
  endif()
  add_custom_command(
    OUTPUT "${dir}/${name}.o" "${dir}/${name}.h" "${dir}/lib${name}.so"
    COMMAND Frist::frist build "${rulebook}" -o "${dir}/${name}" ${options}
    DEPENDS ${sources} Frist::frist
    COMMENT "Compiling the rulebook ${name} with frist build"
    VERBATIM)
  add_library(${name} STATIC "${dir}/${name}.o" "${dir}/${name}.h")
  set_target_properties(${name} PROPERTIES LINKER_LANGUAGE C)
  target_include_directories(${name} PUBLIC "${dir}")
  target_link_libraries(${name} PUBLIC Frist::headers)
  set(${name}_LIBRARY "${dir}/lib${name}.so" PARENT_SCOPE)
endfunction()
