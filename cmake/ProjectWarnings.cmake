# Strict warnings for Lectern's own code only; third-party targets build with their defaults.
function(lectern_project_options target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12 reports impossible overlaps in inlined std::string concatenation at -O2
    # (GCC bug 105329); the warning is noise there and clang, which builds the wasm, keeps it.
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
endfunction()
