// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parts of the OA consent flow: PKCE, the permission address, what an administrator
// may paste back, and which base addresses are acceptable.
#include "support/testmain.h"
#include "zalo/authorization.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>
#include <QtTest>

using namespace Desk::Zalo;

class TestAuthorization : public QObject
{
    Q_OBJECT
private slots:
    void pkceFollowsRfc7636();
    void pkceIsRandom();
    void permissionUrl_data();
    void permissionUrl();
    void pastedCode_data();
    void pastedCode();
    void baseUrl_data();
    void baseUrl();
};

void TestAuthorization::pkceFollowsRfc7636()
{
    // RFC 7636 appendix B, the S256 example.
    QCOMPARE(Pkce::challengeFor(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
        QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TestAuthorization::pkceIsRandom()
{
    static const QRegularExpression base64Url(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    QSet<QString> verifiers;
    QSet<QString> states;
    for (int i = 0; i < 50; ++i) {
        const Pkce pkce = Pkce::generate();
        QVERIFY2(base64Url.match(pkce.verifier).hasMatch(), qPrintable(pkce.verifier));
        QVERIFY2(base64Url.match(pkce.challenge).hasMatch(), qPrintable(pkce.challenge));
        QCOMPARE(pkce.challenge, Pkce::challengeFor(pkce.verifier));
        verifiers.insert(pkce.verifier);
        states.insert(randomState());
    }
    QCOMPARE(verifiers.size(), 50);
    QCOMPARE(states.size(), 50);
}

void TestAuthorization::permissionUrl_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<QString>("expectedPath");
    QTest::addRow("Zalo") << "https://oauth.zaloapp.com"
                          << "https://motcua.camau.gov.vn/zalo/callback"
                          << "/v4/oa/permission";
    QTest::addRow("base with a path prefix, redirect with its own query")
        << "http://127.0.0.1:8080/zalo/"
        << "https://x.vn/cb?a=1&b=c+d%20e"
        << "/zalo/v4/oa/permission";
}

void TestAuthorization::permissionUrl()
{
    QFETCH(QString, base);
    QFETCH(QString, redirect);
    QFETCH(QString, expectedPath);
    const QUrl url = Desk::Zalo::permissionUrl(QUrl(base), QStringLiteral("4318205576013946171"),
        redirect, QStringLiteral("ch"), QStringLiteral("st"));
    QVERIFY(url.isValid());
    QCOMPARE(url.path(), expectedPath);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItems().size(), 4); // no code_challenge_method: Zalo takes S256 only
    QCOMPARE(query.queryItemValue(QStringLiteral("app_id")), QStringLiteral("4318205576013946171"));
    QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), redirect);
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")), QStringLiteral("ch"));
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("st"));
}

void TestAuthorization::pastedCode_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("fromUrl");
    QTest::addRow("bare code") << "  AbC-123_xyz \r\n"
                               << "AbC-123_xyz"
                               << "" << false;
    QTest::addRow("whole redirect address")
        << "https://motcua.camau.gov.vn/zalo/callback?code=AbC-1&oa_id=579&state=s-1_2"
        << "AbC-1"
        << "s-1_2" << true;
    QTest::addRow("percent-encoded code") << "https://x.vn/cb?state=st&code=a%2Fb%3Dc"
                                          << "a/b=c"
                                          << "st" << true;
    QTest::addRow("only the query") << "?code=abc&state=st"
                                    << "abc"
                                    << "st" << true;
    QTest::addRow("query without ?") << "code=abc&state=st"
                                     << "abc"
                                     << "st" << true;
    QTest::addRow("address without code") << "https://x.vn/cb?error=access_denied&state=st"
                                          << ""
                                          << "st" << true;
    QTest::addRow("a sentence") << "tôi không thấy mã"
                                << ""
                                << "" << false;
    QTest::addRow("nothing") << "   "
                             << ""
                             << "" << false;
}

void TestAuthorization::pastedCode()
{
    QFETCH(QString, pasted);
    QFETCH(QString, code);
    QFETCH(QString, state);
    QFETCH(bool, fromUrl);
    const PastedCode parsed = parsePastedCode(pasted);
    QCOMPARE(parsed.code, code);
    QCOMPARE(parsed.state, state);
    QCOMPARE(parsed.fromUrl, fromUrl);
}

void TestAuthorization::baseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("https") << "https://openapi.zalo.me" << true;
    QTest::addRow("https with port and path") << "https://proxy.camau.gov.vn:8443/zalo" << true;
    QTest::addRow("http 127.0.0.1") << "http://127.0.0.1:41234" << true;
    QTest::addRow("http 127.255.0.9") << "http://127.255.0.9" << true;
    QTest::addRow("http localhost") << "http://localhost:8080" << true;
    QTest::addRow("http LOCALHOST") << "http://LOCALHOST" << true;
    QTest::addRow("http [::1]") << "http://[::1]:9000" << true;
    QTest::addRow("http zalo") << "http://openapi.zalo.me" << false;
    QTest::addRow("http LAN") << "http://192.168.1.5:8080" << false;
    QTest::addRow("http 128.0.0.1") << "http://128.0.0.1" << false;
    QTest::addRow("http name starting 127") << "http://127.0.0.1.example.com" << false;
    QTest::addRow("http localhost subdomain") << "http://localhost.example.org" << false;
    QTest::addRow("http IPv6 not loopback") << "http://[2001:db8::1]" << false;
    QTest::addRow("ftp") << "ftp://127.0.0.1" << false;
    QTest::addRow("no host") << "https://" << false;
    QTest::addRow("not a URL") << "openapi.zalo.me" << false;
}

void TestAuthorization::baseUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const QString problem = baseUrlProblem(url);
    QVERIFY2(problem.isEmpty() == accepted, qPrintable(problem));
    if (!accepted) {
        QVERIFY(problem.contains(url));
    }
}

DESK_TEST_APPLESS_MAIN(TestAuthorization)
#include "tst_authorization.moc"
