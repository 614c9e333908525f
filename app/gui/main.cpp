#include <QApplication>
#include <QLabel>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QLabel label(QApplication::translate("main", "Appliance DR Runbook"));
    label.show();
    return app.exec();
}
