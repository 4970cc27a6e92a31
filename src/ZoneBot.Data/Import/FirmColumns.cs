namespace ZoneBot.Data;

/// <summary>The columns of the firm roster (import firms).</summary>
public static class FirmColumns
{
    public static readonly RosterColumn CreditCode = new(true, "统一社会信用代码", "社会信用代码", "信用代码", "credit code", "uscc");
    public static readonly RosterColumn Name = new(true, "企业名称", "名称", "name", "firm name", "company name");
    public static readonly RosterColumn ShortName = new(false, "简称", "企业简称", "short name");
    public static readonly RosterColumn Address = new(true, "地址", "企业地址", "address");
    public static readonly RosterColumn Road = new(false, "道路", "所在道路", "road");
    public static readonly RosterColumn Industry = new(true, "行业", "所属行业", "industry");
    public static readonly RosterColumn Colour = new(true, "颜色", "分类", "四色分类", "colour", "color");
    public static readonly RosterColumn Grid = new(true, "网格", "所属网格", "网格号", "grid");
    public static readonly RosterColumn EnglishName = new(false, "english name", "english_name", "name (english)");

    /// <summary>Where a membership code is sent by SMS (see FirmVerification).</summary>
    public static readonly RosterColumn ContactPhone = new(false, "联系电话", "企业联系电话", "联系人电话", "contact phone", "phone");

    public static readonly IReadOnlyList<RosterColumn> All = [CreditCode, Name, ShortName, Address, Road, Industry, Colour, Grid, ContactPhone, EnglishName];
}
