
namespace ZoneBot.Data.Import;

/// <summary>The columns of the firm roster (import firms); their headers are in <see cref="ImportWords"/>.</summary>
public static class FirmColumns
{
    public static readonly RosterColumn CreditCode = Column("credit_code", true);
    public static readonly RosterColumn Name = Column("name", true);
    public static readonly RosterColumn ShortName = Column("short_name", false);
    public static readonly RosterColumn Address = Column("address", true);
    public static readonly RosterColumn Road = Column("road", false);
    public static readonly RosterColumn Industry = Column("industry", true);
    public static readonly RosterColumn Colour = Column("colour", true);
    public static readonly RosterColumn Grid = Column("grid", true);
    public static readonly RosterColumn EnglishName = Column("english_name", false);

    /// <summary>Where a membership code is sent by SMS (see FirmVerification).</summary>
    public static readonly RosterColumn ContactPhone = Column("contact_phone", false);

    public static readonly IReadOnlyList<RosterColumn> All = [CreditCode, Name, ShortName, Address, Road, Industry, Colour, Grid, ContactPhone, EnglishName];

    private static RosterColumn Column(string key, bool required) => ImportWords.Column("firms", key, required);
}
