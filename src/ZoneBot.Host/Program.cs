var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", () => new Microsoft.Bot.Builder.Integration.AspNet.Core.CloudAdapter().GetType().Name);
app.Run();
public partial class Program;
