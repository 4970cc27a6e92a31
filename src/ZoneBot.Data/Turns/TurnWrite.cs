using System.Data.Common;

namespace ZoneBot.Data.Turns;

/// <summary>
/// One write of a turn, run inside the turn's transaction when the turn ends (<see cref="TurnWrites"/>). It must not commit,
/// roll back or open connections of its own; throwing rolls back the whole turn.
/// </summary>
public delegate Task TurnWrite(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);
