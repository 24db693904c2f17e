# Install rules and the CMake package: after `cmake --install`, a project
# does `find_package(Frist)` and gets
#   Frist::frist    the compiler (imported executable)
#   Frist::headers  frist/frist.h (C ABI) and frist/frist.hpp (C++ wrapper)
#   frist_add_rulebook(NAME RULEBOOK path)  a compiled rulebook as a library
include(CMakePackageConfigHelpers)
include(GNUInstallDirs)

# The installed compiler finds libLLVM where it was linked from.
set_target_properties(frist PROPERTIES INSTALL_RPATH_USE_LINK_PATH ON)

add_library(frist_headers INTERFACE)
add_library(Frist::headers ALIAS frist_headers)
set_target_properties(frist_headers PROPERTIES EXPORT_NAME headers)
target_include_directories(frist_headers INTERFACE
  $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/runtime/include>
  $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
# frist::Rulebook::load uses dlopen.
target_link_libraries(frist_headers INTERFACE ${CMAKE_DL_LIBS})

install(FILES runtime/include/frist/frist.h runtime/include/frist/frist.hpp
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/frist)
install(TARGETS frist_headers EXPORT FristTargets)
install(TARGETS frist EXPORT FristTargets RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

set(FRIST_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/Frist)
install(EXPORT FristTargets NAMESPACE Frist:: DESTINATION ${FRIST_CMAKE_DIR})
configure_package_config_file(cmake/package/FristConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/FristConfig.cmake INSTALL_DESTINATION ${FRIST_CMAKE_DIR})
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/FristConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/FristConfig.cmake
  ${CMAKE_CURRENT_BINARY_DIR}/FristConfigVersion.cmake cmake/package/FristRulebook.cmake
  DESTINATION ${FRIST_CMAKE_DIR})
install(FILES docs/embedding.md DESTINATION ${CMAKE_INSTALL_DOCDIR} OPTIONAL)
