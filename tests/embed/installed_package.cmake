# Installs this build into a fresh prefix, builds examples/embed against it
# as a user's project would (find_package(Frist)), runs both programs and
# compares what they print with the expected deadlines.
file(REMOVE_RECURSE ${WORK_DIR})
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "failed (${code}): ${ARGN}\n${out}\n${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
endfunction()

run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${WORK_DIR}/prefix)
# The compilers of this build, without its sanitizer flags: a user's project.
run(${CMAKE_COMMAND} -S ${SOURCE_DIR}/examples/embed -B ${WORK_DIR}/build -G ${GENERATOR}
  -DCMAKE_PREFIX_PATH=${WORK_DIR}/prefix -DCMAKE_C_COMPILER=${C_COMPILER}
  -DCMAKE_CXX_COMPILER=${CXX_COMPILER})
run(${CMAKE_COMMAND} --build ${WORK_DIR}/build)

file(READ ${EXPECTED} want)
foreach(program deadlines_c deadlines_cpp)
  run(${WORK_DIR}/build/${program})
  if(NOT "${out}" STREQUAL "${want}")
    message(FATAL_ERROR "${program} printed\n${out}\nexpected (${EXPECTED})\n${want}")
  endif()
  message(STATUS "${program}: expected deadlines")
endforeach()
