package io.atelier.shopfloor;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.atelier.orders.OperationProgress;
import io.atelier.orders.OperationReports;
import io.atelier.shared.domain.RuleViolationException;
import io.atelier.shopfloor.ReportJournal.Stored;

/**
 * Takes production reports and applies each exactly once (docs/shopfloor.md, "Reports: exactly once"). A report is
 * stored under its event id in the transaction that applies it; a retry finds it and gets the stored answer, another
 * payload under the same id is refused with 409 and recorded. A device's reports apply in the order of its sequence
 * numbers: one that arrives early waits as {@code PENDING} and applies as soon as its predecessor has. A report the
 * operation refuses is not lost: it is stored as {@code REJECTED_TO_EXCEPTION} with an entry in the supervisor's
 * exception queue.
 */
@Service
public class ProductionReports {

	private static final int ATTEMPTS = 5;

	private final ReportJournal journal;

	private final OperationReports operations;

	private final ReportSettings settings;

	private final ReportAnswers answers;

	private final TransactionTemplate transactions;

	private final ParameterReadings readings;

	private final ApplicationEventPublisher events;

	ProductionReports(ReportJournal journal, OperationReports operations, ReportSettings settings,
			ReportAnswers answers, PlatformTransactionManager transactionManager, ParameterReadings readings, ApplicationEventPublisher events) {
		this.readings = readings;
		this.events = events;
		this.journal = journal;
		this.operations = operations;
		this.settings = settings;
		this.answers = answers;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Takes one report and answers what happened to it (also for a retry). */
	public ReportOutcome submit(ProductionReport report) {
		try {
			readings.check(report); // the step's parameters and the machine: an invalid report is not stored
		}
		catch (RuleViolationException ex) {
			return answers.invalid(ex);
		}
		ReportOutcome outcome;
		try {
			outcome = inTransaction(() -> claimAndApply(report));
		}
		catch (RuntimeException ex) {
			if (!ReportAnswers.isRefusal(ex)) {
				throw ex;
			}
			outcome = inTransaction(() -> reject(report, ex, false));
		}
		drain(report.deviceId());
		return outcome;
	}

	/** Answers a report the phone must correct (it is not stored). */
	public ReportOutcome invalid(RuleViolationException ex) {
		return answers.invalid(ex);
	}

	private ReportOutcome claimAndApply(ProductionReport report) {
		if (!journal.claim(report)) {
			return existing(report).orElseThrow(); // never empty: the claim failed because it exists
		}
		long last = journal.lockDevice(report.deviceId());
		if (report.deviceSeq() > last + 1) {
			ReportOutcome pending = answers.pending(report, last);
			journal.settle(report.eventId(), ReportJournal.PENDING, pending);
			return pending;
		}
		if (report.deviceSeq() <= last) {
			throw new RuleViolationException("deviceSeq", "shopfloor.report.seq.used", report.deviceId(),
					report.deviceSeq());
		}
		return apply(report);
	}

	/** The stored answer for a known event id, or the 409 for another payload; empty for an unknown or pending one. */
	private Optional<ReportOutcome> existing(ProductionReport report) {
		Optional<Stored> stored = journal.find(report.eventId());
		if (stored.isEmpty()) {
			return Optional.empty();
		}
		if (!stored.get().hash().equals(report.hash())) {
			journal.recordConflict(report, answers.payload(report));
			return Optional.of(answers.conflict(report));
		}
		return Optional.of(stored.get().outcome());
	}

	private ReportOutcome apply(ProductionReport report) {
		OperationProgress progress = operations.apply(report.toOperationReport(), settings.rules());
		ReportOutcome applied = answers.applied(report, progress, readings.record(report));
		journal.settle(report.eventId(), ReportJournal.APPLIED, applied);
		journal.advance(report.deviceId(), report.deviceSeq());
		return applied;
	}

	/** After the applying transaction rolled back: stores the report as refused, with its exception entry. */
	private ReportOutcome reject(ProductionReport report, RuntimeException refusal, boolean waited) {
		if (waited) {
			Stored stored = journal.find(report.eventId()).orElseThrow();
			if (!ReportJournal.PENDING.equals(stored.status())) {
				return stored.outcome(); // somebody else settled it meanwhile
			}
		}
		else if (!journal.claim(report)) {
			return existing(report).orElseThrow(); // somebody else settled it meanwhile
		}
		long last = journal.lockDevice(report.deviceId());
		if (report.deviceSeq() > last + 1) {
			ReportOutcome pending = answers.pending(report, last);
			journal.settle(report.eventId(), ReportJournal.PENDING, pending);
			return pending;
		}
		ReportAnswers.Refusal reason = answers.refusal(refusal, report);
		long exceptionId = journal.openException(report, reason.reason());
		events.publishEvent(new ReportExceptionOpened(exceptionId, report.operationId()));
		ReportOutcome rejected = answers.rejected(report, reason, exceptionId);
		journal.settle(report.eventId(), ReportJournal.REJECTED, rejected);
		if (report.deviceSeq() == last + 1) {
			journal.advance(report.deviceId(), report.deviceSeq());
		}
		return rejected;
	}

	/** Applies the device's reports that arrived early and now are next, one transaction each. */
	private void drain(String deviceId) {
		// most devices have nothing waiting: a plain read spares them a locking transaction (and its commit)
		while (journal.anyPending(deviceId)) {
			Optional<Stored> next;
			try {
				next = inTransaction(() -> applyNext(deviceId));
			}
			catch (PendingRefused refused) {
				inTransaction(() -> reject(refused.report, refused.refusal, true));
				continue;
			}
			if (next.isEmpty()) {
				return;
			}
		}
	}

	private Optional<Stored> applyNext(String deviceId) {
		long last = journal.lockDevice(deviceId);
		Optional<Stored> next = journal.pending(deviceId, last + 1);
		next.ifPresent(stored -> {
			try {
				apply(stored.report());
			}
			catch (RuntimeException ex) {
				if (ReportAnswers.isRefusal(ex)) {
					throw new PendingRefused(stored.report(), ex);
				}
				throw ex;
			}
		});
		return next;
	}

	/** A waiting report the operation refused once its turn came. */
	private static final class PendingRefused extends RuntimeException {

		private final transient ProductionReport report;

		private final RuntimeException refusal;

		PendingRefused(ProductionReport report, RuntimeException refusal) {
			super(refusal.getMessage(), null, false, false);
			this.report = report;
			this.refusal = refusal;
		}
	}

	/** Runs in a transaction of its own, again when the database reports a deadlock or a lock timeout. */
	private <T> T inTransaction(Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.execute(status -> work.get());
			}
			catch (TransientDataAccessException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}
}
