package io.atelier.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.atelier.audit.AuditReason;
import io.atelier.customers.Customers;
import io.atelier.identity.Role;
import io.atelier.identity.UserManagement;
import io.atelier.platform.AtelierProperties;
import io.atelier.shared.masterdata.MasterDataService;
import io.atelier.shared.tabular.TabularFormat;
import io.atelier.shared.tabular.TabularReader;

/**
 * Loads the demo factory into an empty database: the files {@code demo/NN-<collection>.csv} are imported in order
 * through each module's own import, then the product templates ({@link DemoTemplates}), in one transaction, so the demo
 * is either all there or not at all; then, in the same transaction, about 200 customer orders in every status
 * ({@link DemoOrders}, unless {@code atelier.demo-orders=false}). In evaluation mode it also creates one account per
 * role, all with the password {@code demo}.
 */
@Component
@Order(10)
class DemoFactoryLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoFactoryLoader.class);

	static final String DEMO_PASSWORD = "demo";

	private final AtelierProperties properties;

	private final Map<String, MasterDataService<?, ?, ?, ?>> services;

	private final UserManagement users;

	private final Customers customers;

	private final TransactionTemplate transaction;

	private final DemoTemplates templates;

	private final DemoOrders orders;

	private final boolean loadOrders;

	DemoFactoryLoader(AtelierProperties properties, List<MasterDataService<?, ?, ?, ?>> services, UserManagement users,
			Customers customers, TransactionTemplate transaction, DemoTemplates templates, DemoOrders orders,
			@Value("${atelier.demo-orders:true}") boolean loadOrders) {
		this.orders = orders;
		this.loadOrders = loadOrders;
		this.properties = properties;
		this.services = services.stream()
			.collect(Collectors.toMap(MasterDataService::collectionName, Function.identity()));
		this.users = users;
		this.customers = customers;
		this.transaction = transaction;
		this.templates = templates;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (properties.loadDemoData() && customers.count() == 0) {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:demo/*.csv");
			Arrays.sort(files, Comparator.comparing(Resource::getFilename));
			long start = System.nanoTime();
			int loaded = AuditReason.with("demo factory", () -> transaction.execute(status -> {
				Arrays.stream(files).forEach(this::load);
				loadTemplates();
				return loadOrders ? orders.load() : 0;
			}));
			log.info("Loaded the demo factory ({} files, the product templates and {} orders) in {} ms.", files.length,
					loaded, (System.nanoTime() - start) / 1_000_000);
		}
		if (properties.evaluationMode()) {
			createDemoAccounts();
		}
	}

	private void load(Resource file) {
		String name = file.getFilename();
		String collection = name.substring(name.indexOf('-') + 1, name.lastIndexOf('.'));
		MasterDataService<?, ?, ?, ?> service = services.get(collection);
		if (service == null) {
			throw new IllegalStateException("No master data called " + collection + " for demo file " + name);
		}
		try (InputStream content = file.getInputStream()) {
			service.importRows(TabularReader.read(content, TabularFormat.CSV));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read demo file " + name, ex);
		}
	}

	/** The product templates come after the catalog they are made of. */
	private Integer loadTemplates() {
		try {
			return templates.load();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the demo product templates", ex);
		}
	}

	private void createDemoAccounts() {
		Long demoCustomer = customers.findByCode(DemoAccounts.CUSTOMER_CODE).map(Customers.CustomerRef::id).orElse(null);
		int created = 0;
		for (DemoAccounts.Account account : DemoAccounts.ALL) {
			if (account.roles().contains(Role.CUSTOMER) && demoCustomer == null) {
				continue;
			}
			Long customerId = account.roles().contains(Role.CUSTOMER) ? demoCustomer : null;
			if (users.createIfAbsent(account.username(), account.displayName(), DEMO_PASSWORD, account.roles(),
					customerId, account.locale())) {
				created++;
			}
		}
		if (created > 0) {
			log.warn("Created {} demo accounts (password '{}'). They exist only in evaluation mode.", created,
					DEMO_PASSWORD);
		}
	}

	/** The demo accounts: one per role. */
	static final class DemoAccounts {

		static final String CUSTOMER_CODE = "C-HOMELIVING";

		record Account(String username, String displayName, Set<Role> roles, String locale) {
		}

		static final List<Account> ALL = List.of(new Account("admin", "系统管理员 Admin", Set.of(Role.ADMIN), null),
				new Account("planner", "计划员 王敏 Wang Min", Set.of(Role.PLANNER), null),
				new Account("supervisor", "车间主任 李强 Li Qiang", Set.of(Role.SUPERVISOR), null),
				new Account("operator", "操作工 张伟 Zhang Wei", Set.of(Role.OPERATOR), null),
				new Account("quality", "质检员 刘芳 Liu Fang", Set.of(Role.QUALITY), null),
				new Account("manager", "厂长 陈刚 Chen Gang", Set.of(Role.MANAGER), null),
				new Account("customer", "客户 家居生活 Home Living", Set.of(Role.CUSTOMER), null));

		private DemoAccounts() {
		}
	}
}
