# Warning flags for Frist's own code. Generated ANTLR sources get their own,
# quieter flags in grammar/CMakeLists.txt.
function(frist_target_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
endfunction()
