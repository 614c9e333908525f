// The drrunbook-features module: what drrunbook loads once its first window is painted (ui/AppFeatures.h). Its
// content is drui's AppFeaturesImpl (drrunbook_app_features) and everything that needs: the wizards, the drill lab,
// the sites, printing, TLS and the keychain. This file only says so: the linker takes the rest from drui
// (-u drrunbook_app_features, set by ui/CMakeLists.txt).
