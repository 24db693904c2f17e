# Runs a command, then checks its exit code and (optionally) that its
# standard output equals an expected file. With FRIST_UPDATE_GOLDEN=1 in the
# environment the expected file is rewritten instead, to be reviewed in the
# diff. Arguments (-D): COMMAND (a ;-list), EXPECT_EXIT, EXPECTED (file),
# WORKDIR, OUTPUT_FILE (compare this file the command writes instead of its
# standard output). COMMAND's words are separated by | so it survives as one
# argument.
string(REPLACE "|" ";" COMMAND "${COMMAND}")
execute_process(
  COMMAND ${COMMAND}
  WORKING_DIRECTORY ${WORKDIR}
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err
  RESULT_VARIABLE code)
if(DEFINED OUTPUT_FILE AND code EQUAL 0)
  file(READ ${OUTPUT_FILE} out)
endif()
if(DEFINED EXPECTED AND "$ENV{FRIST_UPDATE_GOLDEN}" STREQUAL "1")
  file(WRITE ${EXPECTED} "${out}")
  message(STATUS "updated ${EXPECTED}")
  return()
endif()
if(NOT "${code}" STREQUAL "${EXPECT_EXIT}")
  message(FATAL_ERROR "exit code ${code}, expected ${EXPECT_EXIT}\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(DEFINED EXPECTED)
  file(READ ${EXPECTED} want)
  if(NOT "${out}" STREQUAL "${want}")
    message(FATAL_ERROR "output differs from ${EXPECTED}\n--- expected\n${want}\n--- actual\n${out}\nstderr:\n${err}")
  endif()
endif()
if(DEFINED FORBID AND "${err}${out}" MATCHES "${FORBID}")
  message(FATAL_ERROR "output matches forbidden pattern ${FORBID}:\n${out}\n${err}")
endif()
