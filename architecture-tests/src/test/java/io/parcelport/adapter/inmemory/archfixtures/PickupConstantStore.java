package io.parcelport.adapter.inmemory.archfixtures;

/** Breaks the status-word rule with a constant, which javac inlines but keeps in the class file's constant pool. */
public final class PickupConstantStore {
    static final String OUT_FOR_DELIVERY = "pickup";

    public String wordForOutForDelivery() {
        return OUT_FOR_DELIVERY;
    }
}
