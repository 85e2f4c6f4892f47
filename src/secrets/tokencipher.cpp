// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/tokencipher.h"

#include "secrets/logging.h"

#include <QList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <algorithm>
#include <climits>
#include <memory>

namespace Desk::Secrets {

namespace {

// The printed key and the sealed text carry a version so that a later format (another
// cipher, a key-derivation step) can be told apart from a damaged value.
const QString kKeyPrefix = QStringLiteral("dsk1-");
constexpr int kKeyTextChars = 43; // 32 bytes in base64url without padding
const QString kSealVersion = QStringLiteral("v1");
constexpr int kNonceBytes = 12; // GCM's native nonce size: no extra hashing of the nonce
constexpr int kTagBytes = 16;

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

void setError(QString *error, const QString &text)
{
    if (error) {
        *error = text;
    }
}

bool isBase64UrlChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')
        || u == u'-' || u == u'_';
}

/** The ASCII digits that follow `prefix` at the start of `text` ("2" in "dsk2-..."), or none. */
QStringView digitsAfter(QStringView text, QLatin1String prefix)
{
    if (!text.startsWith(prefix)) {
        return {};
    }
    qsizetype end = prefix.size();
    while (end < text.size() && text.at(end).unicode() >= u'0' && text.at(end).unicode() <= u'9') {
        ++end;
    }
    return text.mid(prefix.size(), end - prefix.size());
}

/**
 * Strict base64url: only the 64 letters of the URL alphabet, no padding, and the canonical
 * form (re-encoding gives the same text). Lenient decoders accept several texts for one value,
 * which would let a tampered text pass as "the same" key or nonce.
 */
std::optional<QByteArray> decodeBase64Url(QStringView text)
{
    if (!std::all_of(text.begin(), text.end(), isBase64UrlChar) || text.size() % 4 == 1) {
        return std::nullopt;
    }
    const QByteArray encoded = text.toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(
        encoded, kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64(kBase64Url) != encoded) {
        return std::nullopt;
    }
    return decoded.decoded;
}

struct CipherContextFree
{
    void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextFree>;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

/** Starts an AES-256-GCM context for `key` and `nonce` and feeds it the associated data. */
CipherContext startGcm(
    bool encrypt, const unsigned char *key, const QByteArray &nonce, const QByteArray &aad)
{
    CipherContext context(EVP_CIPHER_CTX_new());
    int unused = 0;
    if (!context
        || EVP_CipherInit_ex(
               context.get(), EVP_aes_256_gcm(), nullptr, key, bytes(nonce), encrypt ? 1 : 0)
            != 1
        || (!aad.isEmpty()
            && EVP_CipherUpdate(context.get(), nullptr, &unused, bytes(aad), int(aad.size()))
                != 1)) {
        return nullptr;
    }
    return context;
}

} // namespace

ServiceKey::~ServiceKey()
{
    OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
}

ServiceKey ServiceKey::generate()
{
    ServiceKey key;
    // Without a working random generator there is no safe key to hand out, and a predictable
    // one would expose every token the team seals: stopping is the only honest answer.
    if (RAND_bytes(key.m_bytes.data(), kBytes) != 1) {
        qFatal("the operating system's random generator failed; no service key can be made");
    }
    key.m_set = true;
    return key;
}

std::optional<ServiceKey> ServiceKey::fromText(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        setError(error, tr("The service key is empty."));
        return std::nullopt;
    }
    if (!trimmed.startsWith(kKeyPrefix)) {
        const QStringView version = digitsAfter(trimmed, QLatin1String("dsk"));
        const bool versioned
            = !version.isEmpty() && trimmed.mid(3 + version.size(), 1) == QLatin1String("-");
        setError(error,
            versioned ? tr("The service key is of version %1, which this program does not "
                           "know; update Advisory Desk on this computer.")
                            .arg(version)
                      : tr("This is not a service key: a service key starts with "
                           "\"dsk1-\" (the line \"service-key: ...\" printed by team-init)."));
        return std::nullopt;
    }
    const QStringView body = QStringView(trimmed).mid(kKeyPrefix.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (!isBase64UrlChar(c)) {
            setError(error,
                tr("The service key contains a character that cannot be part of it (\"%1\" at "
                   "position %2); copy the key again exactly as printed.")
                    .arg(c)
                    .arg(kKeyPrefix.size() + i + 1));
            return std::nullopt;
        }
    }
    if (body.size() != kKeyTextChars) {
        setError(error,
            tr("The service key has %1 characters after \"dsk1-\" instead of %2; copy the whole "
               "key again.")
                .arg(body.size())
                .arg(kKeyTextChars));
        return std::nullopt;
    }
    auto decoded = decodeBase64Url(body);
    if (!decoded || decoded->size() != kBytes) {
        // 43 characters carry 258 bits: the last one can still be wrong in its last two bits.
        setError(error,
            tr("The last character of the service key is wrong; copy the key again exactly as "
               "printed."));
        return std::nullopt;
    }
    ServiceKey key;
    std::copy(decoded->cbegin(), decoded->cend(), key.m_bytes.begin());
    key.m_set = true;
    OPENSSL_cleanse(decoded->data(), size_t(decoded->size()));
    return key;
}

QString ServiceKey::toText() const
{
    if (!m_set) {
        return QString();
    }
    QByteArray raw(reinterpret_cast<const char *>(m_bytes.data()), kBytes);
    const QString text = kKeyPrefix + QString::fromLatin1(raw.toBase64(kBase64Url));
    OPENSSL_cleanse(raw.data(), size_t(raw.size()));
    return text;
}

QByteArray ServiceKey::fingerprint() const
{
    if (!m_set) {
        return QByteArray();
    }
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(m_bytes.data(), m_bytes.size(), digest);
    return QByteArray(reinterpret_cast<const char *>(digest), 8).toHex();
}

bool ServiceKey::operator==(const ServiceKey &other) const
{
    return m_set == other.m_set && CRYPTO_memcmp(m_bytes.data(), other.m_bytes.data(), kBytes) == 0;
}

QString seal(const ServiceKey &key, const QByteArray &plaintext, const QByteArray &associatedData)
{
    if (key.isNull() || plaintext.size() > INT_MAX - kTagBytes || associatedData.size() > INT_MAX) {
        return QString();
    }
    // A random nonce per value: the key seals at most a few values per token rotation, far
    // below the 2^32 messages after which random 96-bit nonces risk repeating.
    QByteArray nonce(kNonceBytes, Qt::Uninitialized);
    if (RAND_bytes(bytes(nonce), kNonceBytes) != 1) {
        qCWarning(lcSecrets) << "seal: the random generator failed";
        return QString();
    }
    const CipherContext context = startGcm(true, key.m_bytes.data(), nonce, associatedData);
    QByteArray out(plaintext.size() + kTagBytes, Qt::Uninitialized);
    int written = 0;
    int finalWritten = 0;
    if (!context
        || (!plaintext.isEmpty()
            && EVP_EncryptUpdate(
                   context.get(), bytes(out), &written, bytes(plaintext), int(plaintext.size()))
                != 1)
        || EVP_EncryptFinal_ex(context.get(), bytes(out) + written, &finalWritten) != 1
        || EVP_CIPHER_CTX_ctrl(
               context.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, bytes(out) + written + finalWritten)
            != 1) {
        qCWarning(lcSecrets) << "seal: OpenSSL refused to encrypt";
        return QString();
    }
    out.truncate(written + finalWritten + kTagBytes);
    return kSealVersion + u'.' + QString::fromLatin1(nonce.toBase64(kBase64Url)) + u'.'
        + QString::fromLatin1(out.toBase64(kBase64Url));
}

std::optional<QByteArray> open(
    const ServiceKey &key, const QString &sealed, const QByteArray &associatedData, QString *error)
{
    if (key.isNull()) {
        setError(error, ServiceKey::tr("No service key was given to open the stored secret."));
        return std::nullopt;
    }
    const QList<QStringView> parts = QStringView(sealed).split(u'.');
    const QStringView version = parts.size() == 3 ? parts.at(0) : QStringView();
    const QStringView versionDigits = digitsAfter(version, QLatin1String("v"));
    if (version != kSealVersion && !versionDigits.isEmpty()
        && versionDigits.size() + 1 == version.size()) {
        setError(error,
            ServiceKey::tr(
                "The stored secret is in a format this version of Advisory Desk does not know "
                "(%1); update the program on this computer.")
                .arg(version));
        return std::nullopt;
    }
    const auto nonce = parts.size() == 3 && parts.at(0) == kSealVersion
        ? decodeBase64Url(parts.at(1))
        : std::nullopt;
    const auto box = nonce ? decodeBase64Url(parts.at(2)) : std::nullopt;
    if (!box || nonce->size() != kNonceBytes || box->size() < kTagBytes
        || associatedData.size() > INT_MAX) {
        setError(error, ServiceKey::tr("The stored secret is damaged: it is not a sealed value."));
        return std::nullopt;
    }
    const int cipherBytes = int(box->size() - kTagBytes);
    QByteArray tag = box->right(kTagBytes);
    const CipherContext context = startGcm(false, key.m_bytes.data(), *nonce, associatedData);
    QByteArray plain(cipherBytes, Qt::Uninitialized);
    int written = 0;
    int finalWritten = 0;
    const bool ok = context
        && (cipherBytes == 0
            || EVP_DecryptUpdate(context.get(), bytes(plain), &written, bytes(*box), cipherBytes)
                == 1)
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, bytes(tag)) == 1
        && EVP_DecryptFinal_ex(context.get(), bytes(plain) + written, &finalWritten) == 1;
    if (!ok) {
        // GCM decrypts before it checks the tag: wipe the unauthenticated plaintext.
        OPENSSL_cleanse(plain.data(), size_t(plain.size()));
        setError(error,
            ServiceKey::tr(
                "The stored secret cannot be opened with this service key: the key is not "
                "the one it was sealed with, or the value was altered or copied from "
                "another record."));
        return std::nullopt;
    }
    plain.truncate(written + finalWritten);
    return plain;
}

} // namespace Desk::Secrets
