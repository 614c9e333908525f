// The reference for the cold-start benchmark: the smallest Qt Widgets program that shows a window.
// bench_first_window times both it and drrunbook from exec to their first mapped window.
#include <QApplication>
#include <QLabel>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QLabel label(QApplication::translate("main", "Minimal Qt Widgets window"));
    label.resize(640, 480);
    label.show();
    return app.exec();
}
