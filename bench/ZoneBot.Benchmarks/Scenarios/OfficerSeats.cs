using System.Globalization;
using ZoneBot.Benchmarks.Data;
using ZoneBot.Data;
using ZoneBot.Data.Officers;
using ZoneBot.Domain;

namespace ZoneBot.Benchmarks.Scenarios;

/// <summary>
/// Officers enrolled before the run (administrators: they may act on every ticket), each with the one-time code an
/// administrator would hand them; virtual user N speaks as officer N (modulo their number) from a chat of its own,
/// and binds it with that code in its first conversation.
/// </summary>
public sealed class OfficerSeats
{
    private readonly IReadOnlyList<OfficerSeat> _seats;

    private OfficerSeats(IReadOnlyList<OfficerSeat> seats) => _seats = seats;

    public int Count => _seats.Count;

    public OfficerSeat For(int user) => _seats[user % _seats.Count];

    public static async Task<OfficerSeats> EnrolAsync(BenchDatabase database, int count, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var enrolment = new OfficerEnrolment(database.Database, TimeProvider.System);
        // Mobiles of a block no demo officer uses, a new block per run: a database may be prepared more than once.
        var block = Random.Shared.Next(100, 1000);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var seats = new List<OfficerSeat>();
        for (var i = 0; i < count; i++)
        {
            var phone = string.Create(CultureInfo.InvariantCulture, $"1987{block}{i:0000}");
            var issued = await enrolment.AddAsync(new NewOfficer($"Bench officer {i + 1}", phone, OfficerRole.Admin), ct);
            seats.Add(new OfficerSeat($"bench-officer-{tag}-{i}", issued.Code));
        }
        return new OfficerSeats(seats);
    }
}

/// <summary>One officer's chat: its chat user, its binding code, and whether that chat is bound yet.</summary>
public sealed class OfficerSeat(string chatUserId, string code)
{
    private readonly SemaphoreSlim _binding = new(1, 1);

    public string ChatUserId { get; } = chatUserId;

    public string Code { get; } = code;

    public bool Bound { get; private set; }

    /// <summary>Runs <paramref name="bind"/> once, the first time the officer's chat is used (the code works once).</summary>
    public async Task EnsureBoundAsync(Func<Task> bind, CancellationToken ct)
    {
        if (Bound)
        {
            return;
        }
        await _binding.WaitAsync(ct);
        try
        {
            if (!Bound)
            {
                await bind();
                Bound = true;
            }
        }
        finally
        {
            _binding.Release();
        }
    }
}
