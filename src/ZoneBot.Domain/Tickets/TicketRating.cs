namespace ZoneBot.Domain;

/// <summary>The firm's verdict on a ticket after the follow-up review.</summary>
public enum TicketRating
{
    Satisfied,
    BasicallySatisfied,
    Dissatisfied,
}

/// <summary>Stable codes and Chinese names of <see cref="TicketRating"/>.</summary>
public static class TicketRatingNames
{
    private static readonly CodeTable<TicketRating> Table = new(
        (TicketRating.Satisfied, "satisfied", "满意"),
        (TicketRating.BasicallySatisfied, "basically_satisfied", "基本满意"),
        (TicketRating.Dissatisfied, "dissatisfied", "不满意"));

    extension(TicketRating rating)
    {
        /// <summary>What the database stores, e.g. basically_satisfied.</summary>
        public string Code => Table.CodeOf(rating);

        public string ChineseName => Table.ChineseNameOf(rating);
    }

    extension(TicketRating)
    {
        public static TicketRating FromCode(string code) => Table.FromCode(code);

        public static bool TryFromCode(string? code, out TicketRating rating) => Table.TryFromCode(code, out rating);
    }
}
