namespace ZoneBot.Host.Doctor;

/// <summary>A check cannot go on (a setting that does not validate, a database that is missing): a fail, with its fix.</summary>
public sealed class DoctorProblem(string summary, string fix) : Exception(summary)
{
    public string Fix { get; } = fix;
}
