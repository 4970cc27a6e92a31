using System.ComponentModel.DataAnnotations;

namespace ZoneBot.Dialogs.Knowledge;

/// <summary>The knowledge base's settings (section <c>Knowledge</c>).</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>The folder of the *.md files; a relative path is beside the executable.</summary>
    [Required]
    public string Folder { get; set; } = "Knowledge";

    /// <summary>How much of a message the best entry's questions must cover to be the answer.</summary>
    [Range(0.05, 1.0)]
    public double MinCoverage { get; set; } = 0.35;

    /// <summary>The folder as a full path.</summary>
    public string FullFolder => Path.IsPathRooted(Folder) ? Folder : Path.Combine(AppContext.BaseDirectory, Folder);
}
