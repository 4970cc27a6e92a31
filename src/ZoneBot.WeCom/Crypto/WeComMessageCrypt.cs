using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ZoneBot.WeCom.Crypto;

/// <summary>
/// WeCom's callback cryptography (the scheme its WXBizMsgCrypt SDK implements). The signature is the SHA-1, in
/// lower-case hex, of the token, timestamp, nonce and ciphertext sorted as strings and joined. The ciphertext is
/// AES-256-CBC, the key being Base64(EncodingAESKey + "=") and the IV its first 16 bytes, padded PKCS#7-style to a
/// multiple of 32 bytes (not AES's 16); the plaintext is 16 random bytes, the message's length as 4 big-endian bytes,
/// the message (UTF-8), then the receiver id (the corp id).
/// </summary>
public sealed class WeComMessageCrypt
{
    /// <summary>WeCom pads to 32-byte blocks: a whole block of 32 is added when the length is already a multiple.</summary>
    private const int PadBlock = 32;
    private const int RandomLength = 16;

    private readonly string _token;
    private readonly byte[] _key;
    private readonly string _receiverId;

    public WeComMessageCrypt(string token, string encodingAesKey, string receiverId)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        ArgumentException.ThrowIfNullOrEmpty(receiverId);
        _token = token;
        _key = DecodeKey(encodingAesKey) ?? throw new ArgumentException("The EncodingAESKey must be 43 Base64 characters.", nameof(encodingAesKey));
        _receiverId = receiverId;
    }

    /// <summary>The 32-byte AES key of an EncodingAESKey; null when it is not 43 characters of Base64.</summary>
    public static byte[]? DecodeKey(string? encodingAesKey)
    {
        if (encodingAesKey is not { Length: 43 })
        {
            return null;
        }
        var key = new byte[33];
        return Convert.TryFromBase64String(encodingAesKey + "=", key, out var written) && written == 32 ? key[..32] : null;
    }

    public string Sign(string timestamp, string nonce, string ciphertext)
    {
        string[] parts = [_token, timestamp, nonce, ciphertext];
        Array.Sort(parts, StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
    }

    /// <summary>Checks the signature, then decrypts: the echostr of a URL verification, or a callback's Encrypt element.</summary>
    /// <exception cref="WeComCryptException">Not from WeCom, or not for us.</exception>
    public string VerifyAndDecrypt(string signature, string timestamp, string nonce, string ciphertext)
    {
        var expected = Encoding.ASCII.GetBytes(Sign(timestamp, nonce, ciphertext));
        var given = Encoding.ASCII.GetBytes(signature.ToLowerInvariant());
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
        {
            throw new WeComCryptException(WeComCryptError.BadSignature, "The msg_signature does not match.");
        }
        return Decrypt(ciphertext);
    }

    /// <exception cref="WeComCryptException">The ciphertext is malformed or meant for another receiver.</exception>
    public string Decrypt(string ciphertext)
    {
        byte[] encrypted;
        try
        {
            encrypted = Convert.FromBase64String(ciphertext);
        }
        catch (FormatException)
        {
            throw new WeComCryptException(WeComCryptError.BadCiphertext, "The ciphertext is not Base64.");
        }
        if (encrypted.Length == 0 || encrypted.Length % 16 != 0)
        {
            throw new WeComCryptException(WeComCryptError.BadCiphertext, "The ciphertext is not whole AES blocks.");
        }
        using var aes = Aes.Create();
        aes.Key = _key;
        var plain = aes.DecryptCbc(encrypted, _key.AsSpan(0, 16), PaddingMode.None);

        var pad = plain[^1];
        if (pad is < 1 or > PadBlock || pad > plain.Length || plain.AsSpan(plain.Length - pad).ContainsAnyExcept(pad))
        {
            throw new WeComCryptException(WeComCryptError.BadCiphertext, "The padding is not PKCS#7.");
        }
        var content = plain.AsSpan(0, plain.Length - pad);
        if (content.Length < RandomLength + 4)
        {
            throw new WeComCryptException(WeComCryptError.BadCiphertext, "The plaintext is too short.");
        }
        var length = BinaryPrimitives.ReadUInt32BigEndian(content.Slice(RandomLength, 4));
        var rest = content[(RandomLength + 4)..];
        if (length > (uint)rest.Length)
        {
            throw new WeComCryptException(WeComCryptError.BadCiphertext, "The message length does not fit.");
        }
        var receiver = Encoding.UTF8.GetString(rest[(int)length..]);
        if (!string.Equals(receiver, _receiverId, StringComparison.Ordinal))
        {
            throw new WeComCryptException(WeComCryptError.WrongReceiver, "The message is for another receiver id.");
        }
        return Encoding.UTF8.GetString(rest[..(int)length]);
    }

    /// <summary>Encrypts a message as WeCom does (for passive replies, and for the tests' fake WeCom).</summary>
    public string Encrypt(string message)
    {
        var body = Encoding.UTF8.GetBytes(message);
        var receiver = Encoding.UTF8.GetBytes(_receiverId);
        var length = RandomLength + 4 + body.Length + receiver.Length;
        var pad = PadBlock - length % PadBlock;
        var plain = new byte[length + pad];
        RandomNumberGenerator.Fill(plain.AsSpan(0, RandomLength));
        BinaryPrimitives.WriteUInt32BigEndian(plain.AsSpan(RandomLength, 4), (uint)body.Length);
        body.CopyTo(plain, RandomLength + 4);
        receiver.CopyTo(plain, RandomLength + 4 + body.Length);
        plain.AsSpan(length).Fill((byte)pad);
        using var aes = Aes.Create();
        aes.Key = _key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, _key.AsSpan(0, 16), PaddingMode.None));
    }
}
