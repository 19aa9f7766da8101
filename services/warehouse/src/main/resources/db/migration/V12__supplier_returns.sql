-- Goods going back to their supplier (an NCR disposed RETURN_TO_SUPPLIER) leave the stores as movements of their own
-- type: SHIPMENT is a delivery to a customer against a delivery note, and counting returns among shipments would
-- misstate both. The check on the type is the one V3 declared inline (PostgreSQL names it <table>_<column>_check).
alter table stock_movement drop constraint stock_movement_type_check;
alter table stock_movement add constraint stock_movement_type_check
    check (type in ('OPENING', 'RECEIPT', 'PUTAWAY', 'TRANSFER', 'PICK', 'ISSUE', 'PRODUCTION_RECEIPT', 'SHIPMENT',
                    'STATUS_CHANGE', 'SCRAP', 'COUNT_ADJUSTMENT', 'SUPPLIER_RETURN'));
