namespace ZoneBot.Domain;

/// <summary>What an officer is in the zone, which decides what they see and may act on.</summary>
public enum OfficerRole
{
    /// <summary>A grid's full-time community liaison (社区专管员): one grid.</summary>
    Liaison,

    /// <summary>A community secretary or the secretary's assistant (社区书记): one community.</summary>
    Secretary,

    /// <summary>Staff of a town department or the community's other staff (部门): no tickets of their own.</summary>
    Department,

    /// <summary>An administrator: the whole zone.</summary>
    Admin,
}

/// <summary>Stable codes and Chinese names of <see cref="OfficerRole"/>.</summary>
public static class OfficerRoleNames
{
    private static readonly CodeTable<OfficerRole> Table = new(
        (OfficerRole.Liaison, "liaison", "社管员"),
        (OfficerRole.Secretary, "secretary", "社区书记"),
        (OfficerRole.Department, "department", "部门人员"),
        (OfficerRole.Admin, "admin", "管理员"));

    extension(OfficerRole role)
    {
        /// <summary>What the database and CSV files store: liaison, secretary, department, admin.</summary>
        public string Code => Table.CodeOf(role);

        public string ChineseName => Table.ChineseNameOf(role);
    }

    extension(OfficerRole)
    {
        public static OfficerRole FromCode(string code) => Table.FromCode(code);

        public static bool TryFromCode(string? code, out OfficerRole role) => Table.TryFromCode(code, out role);
    }
}
