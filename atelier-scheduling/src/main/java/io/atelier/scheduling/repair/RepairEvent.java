package io.atelier.scheduling.repair;

/** Something that happened on the shop floor, or a change of plan, that the current schedule did not foresee. */
public sealed interface RepairEvent
		permits MachineDowntime, OperationOverrun, OperationFinished, RushOrder, MaterialDelay, WorkerAbsence {
}
