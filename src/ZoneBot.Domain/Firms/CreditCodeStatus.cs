namespace ZoneBot.Domain;

/// <summary>Why a Unified Social Credit Code was accepted or refused; each gets its own message.</summary>
public enum CreditCodeStatus
{
    Valid,
    Empty,
    WrongLength,
    IllegalCharacter,
    CheckCharacterMismatch,
}
