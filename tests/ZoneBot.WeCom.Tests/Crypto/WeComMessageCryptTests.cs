using ZoneBot.WeCom.Crypto;

namespace ZoneBot.WeCom.Tests.Crypto;

/// <summary>
/// The values below are the published samples of WeCom's own callback SDK (weworkapi_callback and its language
/// variants: Sample.py, Sample.cs), in both of its generations: what a conforming implementation must verify and decrypt.
/// </summary>
public class WeComMessageCryptTests
{
    // The current sample (corp ww1436e0e65a779aee).
    private const string Token = "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo";
    private const string AesKey = "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt";
    private const string CorpId = "ww1436e0e65a779aee";

    // The older sample (corp wx5823bf96d3bd56c7).
    private const string OldToken = "QDG6eK";
    private const string OldAesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private const string OldCorpId = "wx5823bf96d3bd56c7";

    private const string SampleCallbackCiphertext =
        "Kl7kjoSf6DMD1zh7rtrHjFaDapSCkaOnwu3bqLc5tAybhhMl9pFeK8NslNPVdMwmBQTNoW4mY7AIjeLvEl3NyeTkAgGzBhzTtRLNshw2AEew+kkYcD+Fq72Kt00fT0WnN87hGrW8SqGc+NcT3mu87Ha3dz1pSDi6GaUA6A0sqfde0VJPQbZ9U+3JWcoD4Z5jaU0y9GSh010wsHF8KZD24YhmZH4ch4Ka7ilEbjbfvhKkNL65HHL0J6EYJIZUC2pFrdkJ7MhmEbU2qARR4iQHE7wy24qy0cRX3Mfp6iELcDNfSsPGjUQVDGxQDCWjayJOpcwocugux082f49HKYg84EpHSGXAyh+/oxwaWbvL6aSDPOYuPDGOCI8jmnKiypE+";

    private const string OldSampleCallbackCiphertext =
        "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==";

    private static readonly WeComMessageCrypt Sample = new(Token, AesKey, CorpId);
    private static readonly WeComMessageCrypt OldSample = new(OldToken, OldAesKey, OldCorpId);

    [Fact]
    public void The_sample_url_verification_is_accepted_and_its_echostr_decrypted()
    {
        var echo = Sample.VerifyAndDecrypt(
            "012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb", "1476416373", "47744683",
            "fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA==");

        Assert.False(string.IsNullOrEmpty(echo));
        Assert.All(echo, character => Assert.True(char.IsAsciiDigit(character), $"echostr plaintext {echo} is WeCom's random number"));
    }

    [Fact]
    public void The_older_sample_url_verification_is_accepted()
    {
        var echo = OldSample.VerifyAndDecrypt(
            "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659589", "263014780",
            "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==");

        Assert.False(string.IsNullOrEmpty(echo));
    }

    [Fact]
    public void The_sample_callback_decrypts_to_a_text_message_for_the_sample_corp()
    {
        var xml = Sample.VerifyAndDecrypt("0c3914025cb4b4d68103f6bfc8db550f79dcf48e", "1476422779", "1597212914", SampleCallbackCiphertext);

        // The message the sample then encrypts as its reply: a text 你好 from ChenJiaShun to agent 1000002.
        Assert.Equal(
            "<xml><ToUserName>ww1436e0e65a779aee</ToUserName><FromUserName>ChenJiaShun</FromUserName><CreateTime>1476422779</CreateTime>"
            + "<MsgType>text</MsgType><Content>你好</Content><MsgId>1456453720</MsgId><AgentID>1000002</AgentID></xml>",
            xml);
    }

    [Fact]
    public void The_older_sample_callback_decrypts_for_its_corp()
    {
        var xml = OldSample.VerifyAndDecrypt("477715d11cdb4164915debcba66cb864d751f3e6", "1409659813", "1372623149", OldSampleCallbackCiphertext);

        Assert.Contains("<ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>", xml);
        Assert.Contains("<AgentID>", xml);
    }

    [Fact]
    public void The_signature_is_the_sha1_of_the_sorted_parts()
    {
        Assert.Equal("0c3914025cb4b4d68103f6bfc8db550f79dcf48e", Sample.Sign("1476422779", "1597212914", SampleCallbackCiphertext));
        // The order of the arguments does not matter, only the sorted concatenation.
        Assert.NotEqual(Sample.Sign("1476422779", "1597212914", SampleCallbackCiphertext), Sample.Sign("1597212914", "1476422779x", SampleCallbackCiphertext));
    }

    [Theory]
    [InlineData("短")]
    [InlineData("<xml><Content><![CDATA[东门消防通道被堵了，挺急的]]></Content></xml>")]
    [InlineData("exactly-twelve")]
    public void What_is_encrypted_decrypts_to_the_same_text(string message)
    {
        var ciphertext = Sample.Encrypt(message);

        Assert.Equal(0, Convert.FromBase64String(ciphertext).Length % 32);
        Assert.Equal(message, Sample.Decrypt(ciphertext));
        Assert.Equal(message, Sample.VerifyAndDecrypt(Sample.Sign("1700000000", "42", ciphertext), "1700000000", "42", ciphertext));
    }

    [Fact]
    public void A_message_whose_plaintext_fills_whole_blocks_gets_a_whole_block_of_padding()
    {
        // 16 random + 4 length + 12 + 18 (corp id) = 50 → padded to 64; 16 + 4 + 26 + 18 = 64 → one more block of 32.
        var message = new string('a', 26);

        var ciphertext = Sample.Encrypt(message);

        Assert.Equal(96, Convert.FromBase64String(ciphertext).Length);
        Assert.Equal(message, Sample.Decrypt(ciphertext));
    }

    [Fact]
    public void A_bad_signature_is_refused_before_anything_is_decrypted()
    {
        var ciphertext = Sample.Encrypt("hello");

        var error = Assert.Throws<WeComCryptException>(() => Sample.VerifyAndDecrypt("0c3914025cb4b4d68103f6bfc8db550f79dcf48e", "1700000000", "42", ciphertext));

        Assert.Equal(WeComCryptError.BadSignature, error.Error);
    }

    [Fact]
    public void A_signature_over_another_timestamp_is_refused()
    {
        var ciphertext = Sample.Encrypt("hello");
        var signature = Sample.Sign("1700000000", "42", ciphertext);

        Assert.Throws<WeComCryptException>(() => Sample.VerifyAndDecrypt(signature, "1700000001", "42", ciphertext));
    }

    [Fact]
    public void A_message_for_another_corp_is_refused()
    {
        var ciphertext = new WeComMessageCrypt(Token, AesKey, "ww0000000000000000").Encrypt("hello");

        var error = Assert.Throws<WeComCryptException>(() => Sample.Decrypt(ciphertext));

        Assert.Equal(WeComCryptError.WrongReceiver, error.Error);
    }

    [Fact]
    public void A_message_under_another_key_is_refused()
    {
        var other = new WeComMessageCrypt(Token, OldAesKey, CorpId);

        Assert.Throws<WeComCryptException>(() => Sample.Decrypt(other.Encrypt("hello")));
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("")]
    [InlineData("AAAA")]
    public void A_ciphertext_that_is_not_whole_blocks_of_base64_is_refused(string ciphertext)
    {
        var error = Assert.Throws<WeComCryptException>(() => Sample.Decrypt(ciphertext));

        Assert.Equal(WeComCryptError.BadCiphertext, error.Error);
    }

    [Fact]
    public void A_tampered_padding_fails_the_padding_check()
    {
        // In CBC, flipping a bit of the next-to-last block flips the same bit of the last plaintext block: the pad byte
        // (1 to 32) becomes 65 to 96, which no PKCS#7 padding to 32 has.
        var bytes = Convert.FromBase64String(Sample.Encrypt("hello"));
        bytes[^17] ^= 0x40;

        var error = Assert.Throws<WeComCryptException>(() => Sample.Decrypt(Convert.ToBase64String(bytes)));

        Assert.Equal(WeComCryptError.BadCiphertext, error.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("too-short")]
    [InlineData("6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhU")]
    [InlineData("6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhU!")]
    public void An_encoding_aes_key_that_is_not_43_base64_characters_is_refused(string key)
    {
        Assert.Null(WeComMessageCrypt.DecodeKey(key));
        Assert.Throws<ArgumentException>(() => new WeComMessageCrypt(Token, key, CorpId));
    }

    [Fact]
    public void The_key_is_the_base64_of_the_encoding_aes_key_and_the_iv_its_first_half()
    {
        var key = WeComMessageCrypt.DecodeKey(AesKey)!;

        using var aes = System.Security.Cryptography.Aes.Create();
        aes.Key = key;
        var ours = Convert.FromBase64String(Sample.Encrypt("x"));

        Assert.Equal(32, key.Length);
        // Decrypting our ciphertext with the key and IV = key[..16] by hand gives the length 1 after 16 random bytes.
        var plain = aes.DecryptCbc(ours, key.AsSpan(0, 16), System.Security.Cryptography.PaddingMode.None);
        Assert.Equal(new byte[] { 0, 0, 0, 1 }, plain[16..20]);
        Assert.Equal((byte)'x', plain[20]);
    }
}
