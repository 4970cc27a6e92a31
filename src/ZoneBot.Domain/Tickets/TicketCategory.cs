namespace ZoneBot.Domain;

/// <summary>What a ticket is about: the grid liaison's five duties (五项职责), plus other work.</summary>
public enum TicketCategory
{
    PartyBuilding,
    Safety,
    Environment,
    SocialAffairs,
    EnterpriseService,
    Other,
}

/// <summary>Stable codes and Chinese names of <see cref="TicketCategory"/>.</summary>
public static class TicketCategoryNames
{
    private static readonly CodeTable<TicketCategory> Table = new(
        (TicketCategory.PartyBuilding, "party_building", "党的建设"),
        (TicketCategory.Safety, "safety", "安全生产和消防安全"),
        (TicketCategory.Environment, "environment", "环境保护和五水共治"),
        (TicketCategory.SocialAffairs, "social_affairs", "疫情防控等社会事务"),
        (TicketCategory.EnterpriseService, "enterprise_service", "企业服务"),
        (TicketCategory.Other, "other", "其他"));

    extension(TicketCategory category)
    {
        /// <summary>What the database stores, e.g. safety.</summary>
        public string Code => Table.CodeOf(category);

        /// <summary>The duty's full name as the zone writes it.</summary>
        public string ChineseName => Table.ChineseNameOf(category);
    }

    extension(TicketCategory)
    {
        public static TicketCategory FromCode(string code) => Table.FromCode(code);

        public static bool TryFromCode(string? code, out TicketCategory category) => Table.TryFromCode(code, out category);
    }
}
