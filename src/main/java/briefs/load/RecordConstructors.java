package briefs.load;

import briefs.model.Contribution;
import briefs.model.MonthlyDeployment;
import briefs.model.PersonnelType;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.bean.PropertyValueBuffer;

/**
 * The records a data folder holds by the hundred thousand (108,000 contributions in 14,800
 * monthly deployments) made by calling their constructors, not through Jackson's generic
 * creator call ({@code MethodHandle.invokeWithArguments} with an argument array, a quarter of
 * the time of reading every country file on a cold run).
 *
 * <p>Only the last step changes: Jackson still matches the properties, checks their types,
 * nulls, duplicates and unknown names, hands over the arguments in the constructor's order,
 * and reports a constructor that throws (a record's own check) with the file's line and column,
 * word for word as for every other record.
 */
final class RecordConstructors implements ValueInstantiators {
    @SuppressWarnings("unchecked")
    private static final Map<Class<?>, Function<Object[], Object>> CONSTRUCTORS = Map.of(
            Contribution.class, a -> new Contribution((String) a[0], (PersonnelType) a[1], (Integer) a[2],
                    (Integer) a[3], (Integer) a[4]),
            MonthlyDeployment.class, a -> new MonthlyDeployment((YearMonth) a[0], (Integer) a[1], (Integer) a[2],
                    (Boolean) a[3], (Boolean) a[4], (List<Contribution>) a[5]));

    @Override
    public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription.Supplier bean) {
        return null; // Jackson finds the creator; modifyValueInstantiator only shortens its call
    }

    @Override
    public ValueInstantiator modifyValueInstantiator(DeserializationConfig config, BeanDescription.Supplier bean,
                                                     ValueInstantiator found) {
        Function<Object[], Object> constructor = CONSTRUCTORS.get(found.getValueClass());
        return constructor == null || !found.canCreateFromObjectWith() ? found : new Direct(found, constructor);
    }

    /** Jackson's instantiator of a record, its creator called directly. */
    private static final class Direct extends ValueInstantiator.Delegating {
        private final transient Function<Object[], Object> constructor;

        Direct(ValueInstantiator found, Function<Object[], Object> constructor) {
            super(found);
            this.constructor = constructor;
        }

        @Override
        public ValueInstantiator createContextual(DeserializationContext ctxt, BeanDescription.Supplier bean) {
            ValueInstantiator contextual = delegate().createContextual(ctxt, bean);
            return contextual == delegate() ? this : new Direct(contextual, constructor);
        }

        @Override
        public Object createFromObjectWith(DeserializationContext ctxt, SettableBeanProperty[] props,
                                           PropertyValueBuffer buffer) throws JacksonException {
            return createFromObjectWith(ctxt, buffer.getParameters(ctxt, props));
        }

        @Override
        public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) throws JacksonException {
            return constructor.apply(args); // a record refusing its arguments is reported by Jackson, with the place
        }
    }
}
