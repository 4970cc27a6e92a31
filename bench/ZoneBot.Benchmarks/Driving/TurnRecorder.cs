namespace ZoneBot.Benchmarks.Driving;

/// <summary>What one virtual user saw in a run; one per user, so recording takes no lock. Merged at the end.</summary>
public sealed class TurnRecorder(RunClock clock)
{
    private const int ErrorSamplesKept = 5;

    public List<TurnSample> Samples { get; } = new(4096);

    public int Errors { get; private set; }

    public int WarmupErrors { get; private set; }

    /// <summary>Conversations that ended as scripted inside the measured window.</summary>
    public int Conversations { get; private set; }

    /// <summary>Conversations that ended as scripted at any time in the run, warm-up included: what the bot served.</summary>
    public int Completed { get; private set; }

    public List<string> ErrorSamples { get; } = [];

    public void Turn(string scenario, string? key, long started, long ended)
    {
        if (clock.Counts(started, ended))
        {
            Samples.Add(new TurnSample(scenario, key ?? string.Empty, ended - started));
        }
    }

    public void ConversationDone(long ended)
    {
        Completed++;
        if (ended >= clock.MeasureFrom && ended <= clock.MeasureUntil)
        {
            Conversations++;
        }
    }

    public void Error(string scenario, long started, string reason)
    {
        if (clock.InWarmup(started))
        {
            WarmupErrors++;
        }
        else if (started < clock.MeasureUntil)
        {
            Errors++;
        }
        else
        {
            return;
        }
        if (ErrorSamples.Count < ErrorSamplesKept)
        {
            ErrorSamples.Add($"{scenario}: {reason}");
        }
    }
}
