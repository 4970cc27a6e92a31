using System.Collections.Concurrent;
using Dapper;
using ZoneBot.Benchmarks.Data;
using ZoneBot.Domain;

namespace ZoneBot.Benchmarks.Scenarios;

/// <summary>
/// Firm codes as a grid's liaison hands them out (`firms code`, 企业验证码): issued into the database before the run,
/// a few per firm, so that 查询工单 can verify its user the way a member would and list the whole firm's tickets. Each
/// code works once; a firm that runs out gets a few more (one transaction, outside any timed turn).
/// </summary>
public sealed class FirmCodes
{
    private const int Refill = 4;

    // The row FirmVerification.IssueLiaisonCodeAsync writes (kind 'liaison', only the hash kept), many in one transaction.
    private const string Insert = """
        INSERT INTO firm_codes (firm_id, kind, code_hash, issued_at, expires_at)
        VALUES (@firmId, 'liaison', @hash, @now, @expiresAt)
        """;

    private readonly BenchDatabase _database;
    private readonly ConcurrentDictionary<long, ConcurrentQueue<string>> _codes = new();
    private readonly SemaphoreSlim _issuing = new(1, 1);
    private int _issued;

    private FirmCodes(BenchDatabase database) => _database = database;

    /// <summary>Codes issued so far, the first ones and the refills.</summary>
    public int Issued => _issued;

    /// <summary><paramref name="perFirm"/> codes for every firm of <paramref name="firms"/>, in one transaction.</summary>
    public static async Task<FirmCodes> IssueAsync(BenchDatabase database, IReadOnlyList<FirmAccount> firms, int perFirm, CancellationToken ct)
    {
        var codes = new FirmCodes(database);
        await codes.IssueAsync([.. firms.SelectMany(firm => Enumerable.Repeat(firm.Id, perFirm))], ct);
        return codes;
    }

    /// <summary>An unused code of the firm; the caller spends it (it works once).</summary>
    public async Task<string> TakeAsync(long firmId, CancellationToken ct)
    {
        var queue = _codes.GetOrAdd(firmId, _ => new ConcurrentQueue<string>());
        while (true)
        {
            if (queue.TryDequeue(out var code))
            {
                return code;
            }
            await _issuing.WaitAsync(ct);
            try
            {
                if (queue.IsEmpty)
                {
                    await IssueAsync([.. Enumerable.Repeat(firmId, Refill)], ct);
                }
            }
            finally
            {
                _issuing.Release();
            }
        }
    }

    private async Task IssueAsync(IReadOnlyList<long> firmIds, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var expiresAt = now + new FirmVerificationOptions().LiaisonCodeValidFor;
        var issued = firmIds.Select(firmId => (FirmId: firmId, Code: MembershipCode.NewLiaisonCode())).ToList();
        await using (var connection = await _database.Database.OpenAsync(ct))
        await using (var transaction = await connection.BeginTransactionAsync(ct))
        {
            foreach (var (firmId, code) in issued)
            {
                await connection.ExecuteAsync(new CommandDefinition(Insert, new { firmId, hash = MembershipCode.Hash(code), now, expiresAt }, transaction, cancellationToken: ct));
            }
            await transaction.CommitAsync(ct);
        }
        foreach (var (firmId, code) in issued)
        {
            _codes.GetOrAdd(firmId, _ => new ConcurrentQueue<string>()).Enqueue(code);
        }
        Interlocked.Add(ref _issued, issued.Count);
    }
}
