# For each rulebook: `frist build`, then compile a C11 and a C++17 file that
# include the generated header with every warning as an error, and link each
# with the object, calling the entry points through NAME_rulebook(): proves
# the header is valid C and C++ for any names a rulebook may use, and that
# its declarations match the object's symbols.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
foreach(rulebook ${RULEBOOKS})
  get_filename_component(name ${rulebook} NAME)
  string(REGEX REPLACE "[^A-Za-z0-9_]" "_" name "rb_${name}")
  set(out ${WORK_DIR}/${name})
  execute_process(COMMAND ${FRIST} build ${rulebook} -o ${out}/${name} --debug
    RESULT_VARIABLE code ERROR_VARIABLE err)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "frist build ${rulebook} failed:\n${err}")
  endif()
  foreach(lang c cpp)
    set(main ${out}/main.${lang})
    string(TOUPPER ${name} upper)
    file(WRITE ${main} "#include \"${name}.h\"\nint main(void) {\n"
      "  frist_rulebook rb = ${name}_rulebook();\n"
      "  return frist_check_abi(&rb) == 0\n"
      "      && rb.max_obligations() == ${upper}_MAX_OBLIGATIONS\n"
      "      && rb.info()->requirement_count == ${upper}_REQUIREMENT_COUNT\n"
      "      && rb.info()->trial_count == ${upper}_TRIAL_COUNT\n"
      "      && rb.info()->schema_count == ${upper}_SCHEMA_COUNT ? 0 : 1;\n}\n")
    if(lang STREQUAL "c")
      set(compiler ${C_COMPILER})
      set(flags -std=c11)
    else()
      set(compiler ${CXX_COMPILER})
      set(flags -std=c++17)
    endif()
    execute_process(COMMAND ${compiler} ${flags} -Wall -Wextra -Wpedantic -Werror
      -I${INCLUDE_DIR} -I${out} ${main} ${out}/${name}.o -o ${out}/main_${lang}
      RESULT_VARIABLE code OUTPUT_VARIABLE cout ERROR_VARIABLE cerr)
    if(NOT code EQUAL 0)
      message(FATAL_ERROR "the header of ${rulebook} does not compile as ${lang}:\n${cout}${cerr}")
    endif()
    execute_process(COMMAND ${out}/main_${lang} RESULT_VARIABLE code)
    if(NOT code EQUAL 0)
      message(FATAL_ERROR "${rulebook}: the ABI check failed (${code})")
    endif()
  endforeach()
endforeach()
list(LENGTH RULEBOOKS count)
message(STATUS "${count} rulebooks: headers compile as C and C++ and link with their objects")
