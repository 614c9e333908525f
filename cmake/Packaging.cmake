# Installation layout and packages (included from the top-level CMakeLists.txt after app/).
#   Linux:   .desktop file, AppStream metainfo, hicolor SVG icon, man pages, copyright; `cpack -G DEB`.
#   Windows: icon and version resources, Qt deployed by qt_generate_deploy_app_script (windeployqt), QtKeychain and
#            OpenSSL DLLs with the legacy provider in bin/ossl-modules; `cpack -G WIX`.
#   macOS:   drrunbook.app bundle (Info.plist, icon) holding drrunbook-cli too, Qt deployed by macdeployqt, the legacy
#            provider in Contents/PlugIns/ossl-modules; `cpack -G DragNDrop`.
# Windows and macOS cannot be built on the project's Debian machines: installer/README.md says what was checked.
include(GNUInstallDirs)

set(DR_APP_ID "org.drrunbook.DrRunbook")       # desktop file, metainfo, icon name, macOS bundle id
set(DR_APP_NAME "Appliance DR Runbook")
set(DR_RELEASE_DATE "2026-11-25")              # date of release PROJECT_VERSION: bump both together
set(DR_SPDX_LICENSE "LicenseRef-proprietary")  # the project has not chosen a licence yet (installer/LICENSE.txt)
# Windows Installer upgrade code: generated once, NEVER change it, or new versions install beside old ones.
set(DR_WIX_UPGRADE_GUID "8DB2BE2A-E5AE-4B2A-BACD-90109088B8E4")

set(DR_INSTALLER_DIR ${CMAKE_SOURCE_DIR}/installer)
set(DR_ICON_SVG ${CMAKE_SOURCE_DIR}/resources/icons/drrunbook.svg)

# ---------------------------------------------------------------------------------------------------------- Linux
if(UNIX AND NOT APPLE)
    configure_file(${DR_INSTALLER_DIR}/linux/${DR_APP_ID}.metainfo.xml.in
        ${CMAKE_BINARY_DIR}/installer/${DR_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${DR_INSTALLER_DIR}/linux/${DR_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_BINARY_DIR}/installer/${DR_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${DR_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${DR_APP_ID}.svg)
    install(FILES ${DR_INSTALLER_DIR}/linux/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})

    # Debian policy wants man pages and the changelog compressed with gzip -9n (no name or time stamp).
    find_program(DR_GZIP gzip REQUIRED)
    set(dr_gzipped)
    foreach(file drrunbook.1 drrunbook-cli.1 changelog)
        set(file_out ${CMAKE_BINARY_DIR}/installer/${file}.gz)
        add_custom_command(OUTPUT ${file_out}
            COMMAND ${DR_GZIP} -9n -c ${DR_INSTALLER_DIR}/linux/${file} > ${file_out}
            DEPENDS ${DR_INSTALLER_DIR}/linux/${file} COMMENT "Compressing ${file}")
        list(APPEND dr_gzipped ${file_out})
    endforeach()
    add_custom_target(dr_man_pages ALL DEPENDS ${dr_gzipped})
    install(FILES ${CMAKE_BINARY_DIR}/installer/drrunbook.1.gz ${CMAKE_BINARY_DIR}/installer/drrunbook-cli.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES ${CMAKE_BINARY_DIR}/installer/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR}
        RENAME changelog.Debian.gz)
endif()

# --------------------------------------------------------------------------------------------- OpenSSL runtime
# Windows and macOS ship their own OpenSSL: its shared libraries (Windows) and the legacy provider module, which
# OpenSSL 3 needs for RC2-40 / 3DES .p12 files. core/common/OpenSslRuntime looks for the module beside the program.
if(WIN32 OR APPLE)
    get_filename_component(dr_ssl_libdir "${OPENSSL_CRYPTO_LIBRARY}" DIRECTORY)
    set(dr_ssl_roots ${OPENSSL_ROOT_DIR} ${OPENSSL_INCLUDE_DIR}/.. ${dr_ssl_libdir}/.. ${dr_ssl_libdir}/../..
        ${dr_ssl_libdir}/../../..)
    if(WIN32)
        set(dr_legacy_name legacy.dll)
    else()
        set(dr_legacy_name legacy.dylib)
    endif()
    find_file(DR_OPENSSL_LEGACY_MODULE ${dr_legacy_name} HINTS ${dr_ssl_roots}
        PATH_SUFFIXES lib/ossl-modules lib64/ossl-modules bin . NO_DEFAULT_PATH
        DOC "OpenSSL's legacy provider module to ship (legacy.dll / legacy.dylib)")
    if(NOT DR_OPENSSL_LEGACY_MODULE)
        message(WARNING "OpenSSL's ${dr_legacy_name} was not found under ${dr_ssl_roots}: installing and packaging "
                        "will fail. Set -DDR_OPENSSL_LEGACY_MODULE=<path of ${dr_legacy_name}>.")
        install(CODE "message(FATAL_ERROR \"OpenSSL's ${dr_legacy_name} is missing: configure with \"
                      \"-DDR_OPENSSL_LEGACY_MODULE=<path of ${dr_legacy_name}> (installer/README.md)\")")
    endif()
endif()

# -------------------------------------------------------------------------------------------------------- Windows
if(WIN32)
    set_target_properties(drrunbook PROPERTIES WIN32_EXECUTABLE TRUE)
    foreach(program drrunbook drrunbook-cli)
        set(DR_RC_NAME ${program})
        set(DR_RC_ICON ${DR_INSTALLER_DIR}/windows/drrunbook.ico)
        if(program STREQUAL "drrunbook")
            set(DR_RC_DESCRIPTION "${DR_APP_NAME}")
        else()
            set(DR_RC_DESCRIPTION "${DR_APP_NAME} command-line tool")
        endif()
        configure_file(${DR_INSTALLER_DIR}/windows/drrunbook.rc.in ${CMAKE_BINARY_DIR}/installer/${program}.rc @ONLY)
        target_sources(${program} PRIVATE ${CMAKE_BINARY_DIR}/installer/${program}.rc)
    endforeach()

    # Qt's DLLs and plugins for drrunbook.exe, into bin/ and plugins/ with a qt.conf; drrunbook-cli.exe in the
    # same bin/ uses a subset of them.
    qt_generate_deploy_app_script(TARGET drrunbook FILENAME_VARIABLE dr_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${dr_deploy_script})
    install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    set(dr_ssl_dlls)
    foreach(root ${dr_ssl_roots})
        file(GLOB found ${root}/bin/libcrypto-3*.dll ${root}/bin/libssl-3*.dll ${root}/libcrypto-3*.dll
            ${root}/libssl-3*.dll)
        list(APPEND dr_ssl_dlls ${found})
    endforeach()
    list(REMOVE_DUPLICATES dr_ssl_dlls)
    if(NOT dr_ssl_dlls)
        message(WARNING "OpenSSL's libcrypto-3*.dll / libssl-3*.dll were not found under ${dr_ssl_roots}.")
    endif()
    install(FILES ${dr_ssl_dlls} DESTINATION ${CMAKE_INSTALL_BINDIR})
    if(DR_OPENSSL_LEGACY_MODULE)
        install(FILES ${DR_OPENSSL_LEGACY_MODULE} DESTINATION ${CMAKE_INSTALL_BINDIR}/ossl-modules)
    endif()
    install(FILES ${DR_INSTALLER_DIR}/LICENSE.txt DESTINATION .)

    # Start menu and desktop shortcuts (WiX).
    set_property(INSTALL "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:drrunbook>"
        PROPERTY CPACK_START_MENU_SHORTCUTS "${DR_APP_NAME}")
    set_property(INSTALL "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:drrunbook>"
        PROPERTY CPACK_DESKTOP_SHORTCUTS "${DR_APP_NAME}")
endif()

# ---------------------------------------------------------------------------------------------------------- macOS
if(APPLE)
    set(dr_icns ${DR_INSTALLER_DIR}/macos/drrunbook.icns)
    target_sources(drrunbook PRIVATE ${dr_icns})
    # Source file properties belong to a directory: set them where the target was made (app/).
    set_source_files_properties(${dr_icns} TARGET_DIRECTORY drrunbook PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    # MACOSX_BUNDLE itself is set in app/CMakeLists.txt, before install(TARGETS) reads it.
    set_target_properties(drrunbook PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST ${DR_INSTALLER_DIR}/macos/Info.plist.in
        MACOSX_BUNDLE_GUI_IDENTIFIER ${DR_APP_ID}
        MACOSX_BUNDLE_BUNDLE_NAME "${DR_APP_NAME}"
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_ICON_FILE drrunbook.icns
        MACOSX_BUNDLE_COPYRIGHT "Copyright (c) 2026 The Appliance DR Runbook authors")
    # app/CMakeLists.txt installs drrunbook-cli into drrunbook.app/Contents/MacOS.
    if(DR_OPENSSL_LEGACY_MODULE)
        install(FILES ${DR_OPENSSL_LEGACY_MODULE} DESTINATION drrunbook.app/Contents/PlugIns/ossl-modules)
        set(dr_legacy_deployed drrunbook.app/Contents/PlugIns/ossl-modules/legacy.dylib)
    endif()
    # qt_generate_deploy_app_script of Qt 6.4 deploys the bundle's main executable only: this script, made the way
    # Qt documents for custom deployment, also gives macdeployqt the command-line tool and the legacy module, so
    # that their Qt frameworks and libcrypto are copied into the bundle and their load paths rewritten.
    set(dr_deploy_script ${CMAKE_BINARY_DIR}/installer/deploy_drrunbook_macos.cmake)
    file(GENERATE OUTPUT ${dr_deploy_script} CONTENT "include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE drrunbook.app
    ADDITIONAL_EXECUTABLES drrunbook.app/Contents/MacOS/drrunbook-cli
    ADDITIONAL_MODULES ${dr_legacy_deployed}
)
")
    install(SCRIPT ${dr_deploy_script})
endif()

# ---------------------------------------------------------------------------------------------------------- CPack
set(CPACK_PACKAGE_NAME drrunbook)
set(CPACK_PACKAGE_VENDOR "The Appliance DR Runbook authors")
set(DR_PACKAGE_CONTACT "Appliance DR Runbook maintainers <drrunbook@example.org>" CACHE STRING
    "Maintainer of the packages (Debian Maintainer field); keep installer/linux/changelog in step")
set(CPACK_PACKAGE_CONTACT "${DR_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Guided disaster recovery for BeyondTrust (Bomgar) appliances")
# Debian shows it as is: lines under 80 columns.
set(CPACK_PACKAGE_DESCRIPTION "Walks the on-call engineer through the recovery scenarios of the vendor's
disaster-recovery guide for BeyondTrust (formerly Bomgar) Remote Support and
Privileged Remote Access appliances. It does through the appliance's HTTPS API
what can safely be done (health checks, failover role changes after checks,
backup downloads), checks certificate backups with OpenSSL, and runs the same
scenarios as drills against a built-in lab of simulated appliances.

Includes the command-line tool drrunbook-cli.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${DR_APP_NAME}")
set(CPACK_RESOURCE_FILE_LICENSE ${DR_INSTALLER_DIR}/LICENSE.txt)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/;/\\\\.cache/")
set(CPACK_PACKAGE_CHECKSUM SHA256)

# Debian 12
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Not found by dpkg-shlibdeps: Qt's platform plugins (xcb, wayland, offscreen) are only recommended by libqt6gui6.
set(dr_deb_depends "qt6-qpa-plugins")
find_program(DR_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(DR_DPKG_SHLIBDEPS)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # library packages with versions, from the binaries
else()
    string(APPEND dr_deb_depends ", libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), "
        "libqt6network6 (>= 6.4), libqt6printsupport6 (>= 6.4), libqt6dbus6 (>= 6.4), libqt6keychain1, "
        "libssl3 (>= 3.0), libc6, libstdc++6")
endif()
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${dr_deb_depends}")
# gnome-keyring: the Secret Service where QtKeychain keeps API client secrets; Qt's own translations.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland, poppler-utils")

# Windows (WiX 3)
set(CPACK_WIX_UPGRADE_GUID ${DR_WIX_UPGRADE_GUID})
set(CPACK_WIX_PRODUCT_ICON ${DR_INSTALLER_DIR}/windows/drrunbook.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER "${DR_APP_NAME}")
set(CPACK_WIX_PROPERTY_ARPCOMMENTS "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}")
set(CPACK_WIX_PROPERTY_ARPNOMODIFY 1)

# macOS
if(APPLE)
    set(CPACK_PACKAGE_ICON ${DR_INSTALLER_DIR}/macos/drrunbook.icns)  # the disk image's volume icon
endif()
set(CPACK_DMG_VOLUME_NAME "${DR_APP_NAME} ${PROJECT_VERSION}")

if(WIN32)
    set(CPACK_GENERATOR WIX)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
endif()
include(CPack)
