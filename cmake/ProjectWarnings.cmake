# Strict warnings for Lectern's own code only; third-party targets build with their defaults.
function(lectern_project_options target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror -Wno-unused-command-line-argument)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${target} PRIVATE -Wno-unused-command-line-argument -Wno-error=maybe-uninitialized)
  endif()
endfunction()
