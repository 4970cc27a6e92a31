
namespace ZoneBot.Data.Import;

/// <summary>Why a roster row was rejected. A row may have several; each is reported.</summary>
public enum ImportProblem
{
    /// <summary>A required cell is empty: a firm's name or address, a grid's community, a liaison's name.</summary>
    MissingValue,

    /// <summary>The credit code fails a check of GB 32100-2015: empty, length, characters or check character.</summary>
    BadCreditCode,

    /// <summary>The same credit code on two rows: which one is right is for people to say, so neither is written.</summary>
    DuplicateCreditCode,

    /// <summary>The firm's grid is not a number, or no grid of the zone has it (import grids first).</summary>
    UnknownGrid,

    /// <summary>Not one of the four colours.</summary>
    BadColour,

    /// <summary>Not one of the zone's industries.</summary>
    UnknownIndustry,

    /// <summary>Not a Chinese mobile (11 digits) or a landline with its area code.</summary>
    BadPhone,

    /// <summary>A grid number that is not a positive number.</summary>
    BadGridNumber,

    /// <summary>The same grid number on two rows.</summary>
    DuplicateGridNumber,

    /// <summary>The same liaison phone on two rows: one liaison looks after one grid.</summary>
    DuplicatePhone,

    /// <summary>Two rows give the same community a different office phone or address.</summary>
    ConflictingCommunity,
}
