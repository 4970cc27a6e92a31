namespace ZoneBot.Domain;

/// <summary>How grave a hazard (隐患) is: a general one, or a major one (重大隐患) that gets the shortest deadline.</summary>
public enum HazardLevel
{
    General,
    Major,
}

/// <summary>Stable codes of <see cref="HazardLevel"/>; the words people read are in the locale files.</summary>
public static class HazardLevelCodes
{
    extension(HazardLevel level)
    {
        public string Code => level switch
        {
            HazardLevel.General => "general",
            HazardLevel.Major => "major",
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not a hazard level."),
        };
    }

    extension(HazardLevel)
    {
        public static HazardLevel FromCode(string code) => code switch
        {
            "general" => HazardLevel.General,
            "major" => HazardLevel.Major,
            _ => throw new FormatException($"Not a hazard level code: '{code}'."),
        };
    }
}
