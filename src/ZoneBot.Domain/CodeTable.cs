namespace ZoneBot.Domain;

/// <summary>
/// The fixed mapping between an enum, the stable code the database and CSV files store, and its
/// Chinese name. Codes never change once data exists; renaming an enum member must not touch them.
/// </summary>
internal sealed class CodeTable<TEnum> where TEnum : struct, Enum
{
    private readonly (TEnum Value, string Code, string ChineseName)[] _rows;

    public CodeTable(params (TEnum Value, string Code, string ChineseName)[] rows)
    {
        // Fail at type initialisation, not at the first lookup, when a member has no row.
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (!rows.Any(row => EqualityComparer<TEnum>.Default.Equals(row.Value, value)))
            {
                throw new InvalidOperationException($"{typeof(TEnum).Name}.{value} has no code.");
            }
        }

        _rows = rows;
    }

    public string CodeOf(TEnum value) => Row(value).Code;

    public string ChineseNameOf(TEnum value) => Row(value).ChineseName;

    public bool TryFromCode(string? code, out TEnum value)
    {
        foreach (var row in _rows)
        {
            if (string.Equals(row.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = row.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    public TEnum FromCode(string code) =>
        TryFromCode(code, out var value)
            ? value
            : throw new FormatException($"'{code}' is not a {typeof(TEnum).Name} code.");

    private (TEnum Value, string Code, string ChineseName) Row(TEnum value)
    {
        foreach (var row in _rows)
        {
            if (EqualityComparer<TEnum>.Default.Equals(row.Value, value))
            {
                return row;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name}.");
    }
}
