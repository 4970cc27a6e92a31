using System.ComponentModel.DataAnnotations;

namespace ZoneBot.Host.Hosting;

/// <summary>How long bot state is kept: the <c>State</c> section of appsettings.json.</summary>
public sealed class StateOptions
{
    public const string Section = "State";

    /// <summary>A conversation or user state nobody has written for this many days is deleted (an abandoned chat).</summary>
    [Range(1, 3650)]
    public int IdleDays { get; set; } = 30;

    /// <summary>The record of handled activities is kept this many days: channels retry within minutes.</summary>
    [Range(1, 365)]
    public int ProcessedActivityDays { get; set; } = 3;

    /// <summary>
    /// What was said on the chat page (the Direct Line's activities, and its uploads no ticket keeps) is deleted this
    /// many days after the conversation's last message.
    /// </summary>
    [Range(1, 3650)]
    public int DirectLineDays { get; set; } = 30;

    /// <summary>A conversation whose token was issued but never used (a page that never started) is deleted after this many hours.</summary>
    [Range(1, 24 * 30)]
    public int UnstartedConversationHours { get; set; } = 24;
}
