// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <array>
#include <optional>

namespace Desk::Secrets {

/**
 * The team's service key: 32 random bytes (AES-256) kept outside the team database (the
 * service host's keychain or a 0600 file), so that a backup or dump of the database never
 * holds a usable OA token. It is printed once as text (`dsk1-` + 43 base64url characters) and
 * pasted back on every service host. A default-constructed key is null and seals nothing.
 * The bytes are wiped when a key is destroyed; they never reach a log line.
 */
class ServiceKey
{
    Q_DECLARE_TR_FUNCTIONS(Desk::Secrets::ServiceKey)
public:
    static constexpr int kBytes = 32;

    ServiceKey() = default;
    ServiceKey(const ServiceKey &other) = default;
    ServiceKey &operator=(const ServiceKey &other) = default;
    ~ServiceKey();

    /** A fresh key from the operating system's random generator (aborts if it has none). */
    static ServiceKey generate();
    /**
     * Parses the printed form; surrounding white space (a pasted line end) is ignored.
     * Anything else that is not exactly a key gets nullopt and an explanation in `error`.
     */
    static std::optional<ServiceKey> fromText(const QString &text, QString *error = nullptr);

    bool isNull() const { return !m_set; }
    /** `dsk1-` + base64url without padding; empty for a null key. */
    QString toText() const;
    /**
     * 16 hexadecimal digits (the first 8 bytes of the key's SHA-256): lets the database record
     * which key sealed a value, and tell "wrong key" from "damaged value", without the key.
     */
    QByteArray fingerprint() const;

    /** Constant-time comparison. */
    bool operator==(const ServiceKey &other) const;
    bool operator!=(const ServiceKey &other) const { return !(*this == other); }

private:
    friend QString seal(const ServiceKey &, const QByteArray &, const QByteArray &);
    friend std::optional<QByteArray> open(
        const ServiceKey &, const QString &, const QByteArray &, QString *);

    std::array<unsigned char, kBytes> m_bytes {};
    bool m_set = false;
};

/**
 * Encrypts and authenticates `plaintext` with AES-256-GCM under a fresh random 12-byte nonce:
 * `v1.<base64url nonce>.<base64url ciphertext and 16-byte tag>`. `associatedData` is not
 * stored but must be given again to open(): passing the row and purpose (for example
 * "oa/1/refresh_token") keeps a sealed value from being copied into another row or field.
 * Returns an empty string only for a null key or when OpenSSL itself fails.
 */
QString seal(const ServiceKey &key, const QByteArray &plaintext, const QByteArray &associatedData);

/**
 * The plaintext of a value made by seal(), or nullopt and an explanation in `error` when the
 * text is malformed, of an unknown version, sealed with another key, altered, or sealed for
 * other associated data (GCM cannot tell the last three apart; compare fingerprints for that).
 */
std::optional<QByteArray> open(const ServiceKey &key, const QString &sealed,
    const QByteArray &associatedData, QString *error = nullptr);

} // namespace Desk::Secrets
