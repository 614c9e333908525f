// The floor under the cold-start figure: the minimal program (minimal_widgets.cpp) with the one thing any window
// of drrunbook cannot avoid before it is shown: text measured before the map. A laid-out window asks its widgets
// for their size hints, and the first text measured fills Qt's font database (fontconfig reads its configuration).
// The minimal program's label has a fixed size, so it measures nothing until it paints, after the map.
// Like drrunbook's executable (app/CMakeLists.txt), it links Qt Widgets only: drrunbook loads TLS, networking,
// printing and the keychain after its first window (ui/AppFeatures.h).
// bench/run.sh times it beside minimal_widgets and drrunbook: drrunbook over this program is what drrunbook's own
// window costs.
#include <QApplication>
#include <QLabel>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QLabel label(QApplication::translate("main", "Minimal Qt Widgets window"));
    label.resize(640, 480);
    (void)label.sizeHint(); // the text measured before the map, as in any laid-out window
    label.show();
    return app.exec();
}
