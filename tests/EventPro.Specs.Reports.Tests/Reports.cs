using EventPro.Specs.Reports.Coverage;

namespace EventPro.Specs.Reports.Tests;

/// <summary>Coverage models made from real executions, shared by the output tests.</summary>
internal static class Reports
{
    /// <summary>Checkout run happy and declined (throttled, then caught); the poll loop registered but never run.</summary>
    public static CoverageModel Sample()
    {
        var recorder = new CoverageRecorder();
        var checkout = Definitions.Parse(Definitions.Checkout);
        recorder.Record(checkout, Definitions.Run(checkout, "{}", Definitions.Succeeding("ReserveSeat", "ProcessPayment")), "Happy checkout", ["@smoke"]);
        var declined = Definitions.Succeeding("ReserveSeat", "ReleaseSeat").ForState("ProcessPayment", Definitions.FailTimes(10, "Payment.Throttled"));
        recorder.Record(checkout, Definitions.Run(checkout, "{}", declined), "Declined <card> & \"quotes\"");
        var seats = Definitions.Parse(Definitions.MapOfParallel, "seats.asl.json");
        recorder.Record(seats, Definitions.Run(seats, """{"seats":[1,2]}""", Definitions.Succeeding("Notify")), "Two seats");
        recorder.Register(Definitions.Parse(Definitions.PollLoop, "poll.asl.json"));
        return recorder.Snapshot();
    }

    /// <summary>The reason <see cref="SampleWithInfeasible"/> gives for ReleaseSeat's error edge.</summary>
    public const string ReleaseSeatNeverFails = "ReleaseSeat only marks the seat free in memory: it cannot fail";

    /// <summary>
    /// <see cref="Sample"/> with checkout's ReleaseSeat error edge and the two paths taking it declared
    /// infeasible, and one path declaration that matches nothing.
    /// </summary>
    public static CoverageModel SampleWithInfeasible() => Sample().WithInfeasible(id => id != "checkout"
        ? []
        : [
            new InfeasibleDeclaration(CoverageItemKind.Transition, "ReleaseSeat--error-->(failed)", ReleaseSeatNeverFails),
            new InfeasibleDeclaration(CoverageItemKind.Path, "ReserveSeat → ProcessPayment → ReleaseSeat → (failed)", ReleaseSeatNeverFails),
            new InfeasibleDeclaration(CoverageItemKind.Path, "ReserveSeat → ReserveSeat → ProcessPayment → ProcessPayment → ReleaseSeat → (failed)", ReleaseSeatNeverFails),
            new InfeasibleDeclaration(CoverageItemKind.Path, "ReserveSeat → Nowhere → (end)", "a typo"),
        ]);
}
