namespace ZoneBot.Dialogs.Understanding;

/// <summary>A visit time said without a clock time: 尽快/马上 ("as soon as possible"), 随时/都行 ("any time").</summary>
public enum VisitWish
{
    AsSoonAsPossible,
    AnyTime,
}
