namespace ZoneBot.Host.Cli;

/// <summary>
/// What the verbs do not know goes to the configuration, but only when it is a setting: <c>--Key=value</c> or
/// <c>--Key value</c>, whose first part (Database in Database:Provider) is a section of appsettings.json or a setting
/// of the host's own. Anything else (a misspelt verb, an option the verb does not have) is a stray: the command line
/// is refused with the usage, rather than the web host started on it.
/// </summary>
public static class SettingTokens
{
    /// <summary>Settings read beside appsettings.json's sections: the host's own, and sections with no entry in the file.</summary>
    private static readonly string[] HostSettings =
    [
        "urls", "http_ports", "https_ports", "environment", "contentRoot", "applicationName", "shutdownTimeoutSeconds",
        "Kestrel", "Logging", "AllowedHosts", "ForwardedHeaders", "OpenTelemetry", "Management", "OTEL_EXPORTER_OTLP_ENDPOINT",
    ];

    /// <summary>The tokens, in order, that are no setting.</summary>
    public static IReadOnlyList<string> Strays(IReadOnlyList<string> unmatched, IReadOnlySet<string> knownSections)
    {
        var strays = new List<string>();
        for (var i = 0; i < unmatched.Count; i++)
        {
            var token = unmatched[i];
            if (!token.StartsWith("--", StringComparison.Ordinal) || token.Length == 2)
            {
                strays.Add(token);
                continue;
            }
            var equals = token.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? token[2..] : token[2..equals];
            if (!knownSections.Contains(key.Split(':', 2)[0].Split("__", 2)[0]))
            {
                strays.Add(token);
                continue;
            }
            if (equals < 0)
            {
                // --Key value: the value is the next token; a key with none is a mistake, not an empty setting.
                if (i + 1 < unmatched.Count && !unmatched[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    i++;
                }
                else
                {
                    strays.Add(token);
                }
            }
        }
        return strays;
    }

    /// <summary>The host's own settings and the sections of the appsettings.json beside the executable.</summary>
    public static IReadOnlySet<string> KnownSections()
    {
        var file = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .Build();
        return file.GetChildren().Select(section => section.Key).Concat(HostSettings).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
