namespace ZoneBot.WeCom.Crypto;

/// <summary>A callback that is not WeCom's: a wrong signature, a ciphertext that does not decrypt, another corp's message.</summary>
public sealed class WeComCryptException(WeComCryptError error, string message) : Exception(message)
{
    public WeComCryptError Error { get; } = error;
}

public enum WeComCryptError
{
    /// <summary>msg_signature is not the SHA-1 of the sorted token, timestamp, nonce and ciphertext.</summary>
    BadSignature,

    /// <summary>Not Base64, not whole AES blocks, bad PKCS#7 padding, or a length that does not fit.</summary>
    BadCiphertext,

    /// <summary>It decrypted, but for another receiver (corp id) than ours.</summary>
    WrongReceiver,
}
