// The floor under the cold-start figure: the minimal program (minimal_widgets.cpp) with the two things any
// window of drrunbook cannot avoid before it is shown:
// - the libraries it links (Qt Network, Qt Print Support, OpenSSL, QtKeychain): the dynamic loader maps and binds
//   them before main() (Debian builds them with BIND_NOW);
// - text measured before the window maps: a laid-out window asks its widgets for their size hints, and the first
//   text measured fills Qt's font database (fontconfig reads its configuration). The minimal program's label has
//   a fixed size, so it measures nothing until it paints, after the map.
// bench/run.sh times it beside minimal_widgets and drrunbook: drrunbook over this program is what drrunbook's own
// window costs.
#include <QApplication>
#include <QHostAddress>
#include <QLabel>
#include <QPrinterInfo>
#include <qt6keychain/keychain.h>

#include <openssl/crypto.h>
#include <openssl/ssl.h>

#include <cstdio>
#include <cstdlib>

namespace {

// Never true when benchmarked: it only makes each library a real dependency, whatever the linker's --as-needed.
void useEveryLibrary()
{
    std::printf("%s %s %d\n", OpenSSL_version(OPENSSL_VERSION),
                qPrintable(QHostAddress(QHostAddress::LocalHost).toString()),
                int(QPrinterInfo::availablePrinterNames().size()));
    QKeychain::ReadPasswordJob job(QStringLiteral("drrunbook-floor"));
    (void)SSL_CTX_new(TLS_client_method());
}

} // namespace

int main(int argc, char** argv)
{
    if (std::getenv("DR_FLOOR_USE_LIBRARIES"))
        useEveryLibrary();
    QApplication app(argc, argv);
    QLabel label(QApplication::translate("main", "Minimal Qt Widgets window"));
    label.resize(640, 480);
    (void)label.sizeHint(); // the text measured before the map, as in any laid-out window
    label.show();
    return app.exec();
}
